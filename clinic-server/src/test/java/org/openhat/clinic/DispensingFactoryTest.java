package org.openhat.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.jersey.validation.Validators;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.core.staff.Role;

class DispensingFactoryTest {

    @Test
    void byDefaultASecondNurseOrAPharmacistWitnessesADose() {
        assertThat(new DispensingFactory().doseWitnessRule().wording()).isEqualTo("a second nurse or pharmacist");
    }

    @Test
    void aWitnessRuleNamingSomeoneWhoNeitherHandlesNorPrescribesTheDrugIsAConfigurationError() {
        DispensingFactory factory = new DispensingFactory();
        factory.setDoseWitnessRoles(Set.of(Role.NURSE, Role.ADMIN));

        assertThat(Validators.newValidator().validate(factory)).extracting(v -> v.getMessage())
                .containsExactly("doseWitnessRoles may name only NURSE, PHARMACIST and PRESCRIBER");
    }

    @Test
    void anEmptyWitnessRuleIsAConfigurationError() {
        DispensingFactory factory = new DispensingFactory();
        factory.setDoseWitnessRoles(Set.of());

        assertThat(Validators.newValidator().validate(factory)).isNotEmpty();
    }
}
