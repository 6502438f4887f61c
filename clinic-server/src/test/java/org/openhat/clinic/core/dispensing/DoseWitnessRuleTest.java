package org.openhat.clinic.core.dispensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.StaffMember;

class DoseWitnessRuleTest {

    @Test
    void byDefaultASecondNurseOrAPharmacistWitnessesButNotAPrescriber() {
        DoseWitnessRule rule = DoseWitnessRule.DEFAULT;

        assertThat(rule.wording()).isEqualTo("a second nurse or pharmacist");
        assertThat(rule.admits(member(Role.NURSE))).isTrue();
        assertThat(rule.admits(member(Role.PHARMACIST))).isTrue();
        assertThat(rule.admits(member(Role.PRESCRIBER))).isFalse();
        assertThat(rule.admits(member(Role.INSPECTOR))).isFalse();
    }

    @Test
    void saysTheConfiguredRuleInWords() {
        assertThat(new DoseWitnessRule(Set.of(Role.PRESCRIBER, Role.NURSE, Role.PHARMACIST)).wording())
                .isEqualTo("a second nurse, pharmacist or prescriber");
        assertThat(new DoseWitnessRule(Set.of(Role.PHARMACIST)).wording()).isEqualTo("a pharmacist");
        assertThat(new DoseWitnessRule(Set.of(Role.NURSE)).refusal())
                .isEqualTo("the witness of a dose must be a second nurse");
    }

    @Test
    void refusesARuleThatNamesNoPractitioner() {
        assertThatThrownBy(() -> new DoseWitnessRule(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DoseWitnessRule(Set.of(Role.NURSE, Role.ADMIN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrescriberAtAKioskMayLookCheckAndScanButNotRecordOrWitness() {
        KioskAbilities prescriber = KioskAbilities.of(member(Role.PRESCRIBER), DoseWitnessRule.DEFAULT);

        assertThat(prescriber).isEqualTo(new KioskAbilities("PRESCRIBER", true, true, false, false,
                "a second nurse or pharmacist"));
        assertThat(KioskAbilities.of(member(Role.NURSE), DoseWitnessRule.DEFAULT))
                .isEqualTo(new KioskAbilities("NURSE", true, true, true, true, "a second nurse or pharmacist"));
        assertThat(KioskAbilities.maySignIn(member(Role.INSPECTOR))).isFalse();
        assertThat(KioskAbilities.maySignIn(member(Role.ADMIN))).isFalse();
        assertThat(KioskAbilities.maySignIn(member(Role.COORDINATOR))).isFalse();
    }

    private static StaffMember member(Role role) {
        return new StaffMember(1, "someone", "Someone", "B0001", Set.of(role), true, false, false, Instant.EPOCH);
    }
}
