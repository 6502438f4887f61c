package org.openhat.clinic.resources.register;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.resources.DiscrepancyResource;
import org.openhat.clinic.resources.RegisterAuditResource;
import org.openhat.clinic.resources.RegisterResource;

/** Who may call what on the register; the deny-by-default feature would close anything unannotated. */
class RegisterResourceRolesTest {

    private static List<Method> endpoints(Class<?> resource) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)).toList();
    }

    private static Set<String> roles(Class<?> resource, String method) {
        return endpoints(resource).stream().filter(m -> m.getName().equals(method)).findFirst()
                .map(m -> Set.of(m.getAnnotation(RolesAllowed.class).value())).orElseThrow();
    }

    @Test
    void inspectorsReadButNeverWrite() {
        for (Class<?> resource : List.of(RegisterResource.class, RegisterAuditResource.class, DiscrepancyResource.class)) {
            endpoints(resource).stream().filter(m -> m.isAnnotationPresent(POST.class))
                    .filter(m -> !m.getName().equals("check"))
                    .forEach(m -> assertThat(Set.of(m.getAnnotation(RolesAllowed.class).value()))
                            .as(m.getName()).doesNotContain("INSPECTOR"));
        }
        assertThat(roles(RegisterAuditResource.class, "verify")).containsExactlyInAnyOrder("PHARMACIST", "INSPECTOR");
        assertThat(roles(RegisterAuditResource.class, "pdf")).containsExactlyInAnyOrder("PHARMACIST", "INSPECTOR");
        assertThat(roles(RegisterResource.class, "destruction")).containsExactly("PHARMACIST");
        assertThat(roles(DiscrepancyResource.class, "addNote")).containsExactly("PHARMACIST");
    }

    @Test
    void nursesCannotReadTheEntriesWhoseBalancesTheirBlindCountMustNotSee() {
        // the ledger list itself hides the balance from them: DispensingFlowContract asks it over HTTP
        assertThat(roles(RegisterResource.class, "entries")).doesNotContain("NURSE");
    }
}
