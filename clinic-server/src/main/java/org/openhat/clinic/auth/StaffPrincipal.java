package org.openhat.clinic.auth;

import java.security.Principal;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.StaffSession;

/** The signed-in member of staff behind a request. Every write names them. */
public record StaffPrincipal(StaffSession session) implements Principal {

    public long staffId() {
        return session.staff().id();
    }

    public boolean hasRole(String role) {
        return session.staff().hasRole(Role.valueOf(role));
    }

    /** The staff id, never a name: principals end up in request logs. */
    @Override
    public String getName() {
        return "staff-" + staffId();
    }
}
