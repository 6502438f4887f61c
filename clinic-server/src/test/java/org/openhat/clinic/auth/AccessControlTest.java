package org.openhat.clinic.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.auth.AccessDeclarations.Endpoint;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.core.dispensing.KioskAbilities;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ClinicApp;
import org.openhat.clinic.testing.TestDatabase;

/**
 * Deny by default: every endpoint declares who may call it, and the running server enforces
 * exactly that for a caller who is not signed in and for a caller holding each single role.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccessControlTest {
    static final DropwizardAppExtension<ClinicConfiguration> APP =
            ClinicApp.on(TestDatabase.Backend.SQLITE, ClinicApp.tempDir("openhat-access"));

    /** A demo account holding exactly one role, for each role. */
    private static final Map<Role, String> ONE_ROLE_ACCOUNTS = Map.of(
            Role.ADMIN, "admin", Role.NURSE, "nurse.amara", Role.PRESCRIBER, "dr.patel",
            Role.PHARMACIST, "pharm.okafor", Role.COORDINATOR, "coord.jones", Role.INSPECTOR, "inspector.reid");

    @BeforeAll
    static void seed() {
        ClinicApp.seedDemo(APP, Clock.systemUTC());
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() {
        List<Endpoint> endpoints = AccessDeclarations.endpoints();

        assertThat(endpoints).hasSizeGreaterThan(20);
        assertThat(endpoints).allSatisfy(e -> assertThat(DenyByDefaultFeature.declaresAccess(e.method(), e.resource()))
                .as("%s declares @RolesAllowed, @PermitAll or @Anonymous", e).isTrue());
    }

    @Test
    void onlySigningInIsOpenToAnonymousCallers() {
        assertThat(AccessDeclarations.endpoints()).filteredOn(Endpoint::anonymous)
                .extracting(Endpoint::path).containsExactlyInAnyOrder("/sessions/password", "/sessions/badge");
    }

    /** The session answer tells the kiosk page what each person may do there: the endpoints must agree. */
    @Test
    void whatAKioskSessionSaysSomeoneMayDoIsWhatTheEndpointsAllow() {
        assertThat(rolesOf("ScanStreamResource", "scans")).isEqualTo(names(KioskAbilities.maySignIn()));
        assertThat(rolesOf("DispensingResource", "check")).isEqualTo(names(KioskAbilities.MAY_CHECK_DOSES));
        assertThat(rolesOf("DispensingResource", "record")).isEqualTo(names(KioskAbilities.MAY_RECORD_DOSES));
        // what the kiosk page reads for whoever is signed in: the list, the safe's state, prescriptions, products
        for (String[] read : new String[][] {{"DispensingResource", "dosingList"}, {"SafeResource", "status"},
                {"PrescriptionResource", "history"}, {"ProductResource", "list"}}) {
            assertThat(rolesOf(read[0], read[1])).as(read[0] + "." + read[1])
                    .containsAll(names(KioskAbilities.maySignIn()));
        }
    }

    private static Set<String> rolesOf(String resource, String method) {
        return AccessDeclarations.endpoints().stream()
                .filter(e -> e.resource().getSimpleName().equals(resource) && e.method().getName().equals(method))
                .findFirst().orElseThrow().roles();
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void refusesEveryProtectedEndpointToAnAnonymousCaller() {
        ApiClient anonymous = new ApiClient(APP.getLocalPort());
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : AccessDeclarations.endpoints()) {
            if (!e.anonymous()) {
                int status = statusOf(anonymous, e);
                if (status != 401) {
                    wrong.add(e + " answered " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void enforcesTheDeclaredRolesForEachRole() {
        ApiClient base = new ApiClient(APP.getLocalPort());
        Map<Role, ApiClient> signedIn = new HashMap<>();
        ONE_ROLE_ACCOUNTS.forEach((role, user) -> signedIn.put(role, base.signIn(user, DemoClinic.DEMO_PASSWORD)));
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : AccessDeclarations.endpoints()) {
            if (e.anonymous()) {
                continue;
            }
            for (Role role : Role.values()) {
                boolean allowed = e.anySignedIn() || e.roles().contains(role.name());
                // Signing out would end the shared session, so that endpoint gets a session of its own.
                ApiClient caller = e.httpMethod().equals("DELETE")
                        ? base.signIn(ONE_ROLE_ACCOUNTS.get(role), DemoClinic.DEMO_PASSWORD) : signedIn.get(role);
                int status = statusOf(caller, e);
                boolean refused = status == 401 || status == 403;
                if (allowed == refused || (!allowed && status != 403)) {
                    wrong.add(e + " as " + role + " answered " + status + (allowed ? " but is allowed" : " but is not allowed"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The status, or -1 when the server broke the connection (which is itself a failure to report). */
    private static int statusOf(ApiClient caller, Endpoint e) {
        try {
            return caller.sendRaw(e.httpMethod(), e.concretePath(), e.contentType(), e.sampleBody()).status();
        } catch (java.io.UncheckedIOException broken) {
            return -1;
        }
    }
}
