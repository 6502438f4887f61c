package org.openhat.clinic.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.openhat.clinic.auth.JsonUnauthorizedHandler;
import org.openhat.clinic.auth.SessionCookieAuthFilter;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.patients.NewPatient;
import org.openhat.clinic.core.patients.Patient;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.core.staff.StaffSession;
import org.openhat.clinic.resources.errors.ClinicExceptionMappers;
import org.openhat.clinic.resources.errors.JsonErrorMapper;
import org.openhat.clinic.resources.errors.ViolationMapper;
import org.openhat.clinic.service.patients.PatientService;
import org.openhat.devices.ids.NhsNumber;

/** The patient resource alone, with the service mocked at its boundary: mapping, validation and errors. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PatientResourceTest {
    private static final PatientService PATIENTS = mock(PatientService.class);
    private static final StaffMember COORDINATOR = new StaffMember(7, "coord", "Coordinator", null,
            Set.of(Role.COORDINATOR), true, false, false, Instant.EPOCH);

    static final ResourceExtension RESOURCE = ResourceExtension.builder()
            .setRegisterDefaultExceptionMappers(false)
            .addProvider(new AuthDynamicFeature(new SessionCookieAuthFilter.Builder()
                    .setAuthenticator(token -> Optional.of(new StaffPrincipal(
                            new StaffSession(COORDINATOR, SessionKind.OFFICE, null, Instant.EPOCH, Instant.MAX))))
                    .setAuthorizer((principal, role, request) -> principal.hasRole(role))
                    .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                    .buildAuthFilter()))
            .addProvider(RolesAllowedDynamicFeature.class)
            .addProvider(new AuthValueFactoryProvider.Binder<>(StaffPrincipal.class))
            .addProvider(new JsonErrorMapper())
            .addProvider(new ViolationMapper())
            .addProvider(new ClinicExceptionMappers.Validation())
            .addProvider(new ClinicExceptionMappers.NotFound())
            .addResource(new PatientResource(PATIENTS))
            .build();

    @AfterEach
    void resetService() {
        reset(PATIENTS);
    }

    private static Patient kelly() {
        return new Patient(3, NhsNumber.of("9434765919"), "Kelly", "Marsh", LocalDate.of(1985, 6, 1), "3 Grange Road",
                "TS1 5AU", PatientStatus.REFERRED, false, Instant.EPOCH, 7, Instant.EPOCH, 7);
    }

    private static Map<String, Object> body(String nhsNumber) {
        return Map.of("nhsNumber", nhsNumber, "givenName", "Kelly", "familyName", "Marsh",
                "dateOfBirth", "1985-06-01", "address", "3 Grange Road", "postcode", "ts1 5au");
    }

    @Test
    void createsAReferralAttributedToTheSignedInCoordinator() {
        when(PATIENTS.create(any(), anyLong())).thenReturn(kelly());

        Response response = RESOURCE.target("/patients").request().cookie("openhat_session", "t")
                .post(Entity.json(body("943 476 5919")));

        assertThat(response.getStatus()).isEqualTo(201);
        ArgumentCaptor<NewPatient> captor = ArgumentCaptor.forClass(NewPatient.class);
        verify(PATIENTS).create(captor.capture(), eq(7L));
        assertThat(captor.getValue().nhsNumber().value()).isEqualTo("9434765919");
        assertThat(captor.getValue().postcode()).isEqualTo("TS1 5AU");
        assertThat(captor.getValue().status()).isEqualTo(PatientStatus.REFERRED);
    }

    @Test
    void refusesAnInvalidNhsNumberBeforeReachingTheService() {
        Response response = RESOURCE.target("/patients").request().cookie("openhat_session", "t")
                .post(Entity.json(body("9434765918")));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.readEntity(String.class)).contains("\"field\":\"nhsNumber\"");
        verifyNoInteractions(PATIENTS);
    }

    @Test
    void turnsAnUnknownPatientInto404() {
        when(PATIENTS.view(99, 7)).thenThrow(new NotFoundException("patient", 99));

        Response response = RESOURCE.target("/patients/99").request().cookie("openhat_session", "t").get();

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void refusesACallerWithoutASession() {
        Response response = RESOURCE.target("/patients/3").request().get();

        assertThat(response.getStatus()).isEqualTo(401);
        verifyNoInteractions(PATIENTS);
    }
}
