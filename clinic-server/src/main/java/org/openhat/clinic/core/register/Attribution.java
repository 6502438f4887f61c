package org.openhat.clinic.core.register;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.db.LedgerAppendDao;

/**
 * Every entry names who made it, and the second person where the kind needs one; both must be
 * enabled staff, and the second a registered practitioner other than the first.
 */
final class Attribution {
    private static final Set<Role> PRACTITIONERS = EnumSet.of(Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER);

    private Attribution() {
    }

    /** Who signs an entry: their id, their name as it goes in the register, and their roles. */
    record Signer(long id, String displayName, Set<Role> roles) {
    }

    static Optional<Signer> enabled(LedgerAppendDao dao, long staffId) {
        List<String> rows = dao.enabledStaffRoles(staffId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String name = rows.get(0).substring(0, rows.get(0).lastIndexOf('|'));
        Set<Role> roles = rows.stream().map(r -> Role.valueOf(r.substring(r.lastIndexOf('|') + 1)))
                .collect(Collectors.toSet());
        return Optional.of(new Signer(staffId, name, roles));
    }

    static Signer recorder(LedgerAppendDao dao, long staffId) {
        Signer recorder = enabled(dao, staffId)
                .orElseThrow(() -> new ValidationException("recordedBy", "is not an enabled member of staff"));
        if (recorder.roles().stream().noneMatch(PRACTITIONERS::contains)) {
            throw new ValidationException("recordedBy", "only a nurse, pharmacist or prescriber makes register entries");
        }
        return recorder;
    }

    static Signer second(LedgerAppendDao dao, RegisterLine line, Signer recorder) {
        Long secondId = line.secondStaffId();
        if (secondId == null) {
            return null;
        }
        String field = line.secondStaffField();
        if (secondId == recorder.id()) {
            throw new ValidationException(field, "must be a second person, not the one making the entry");
        }
        Signer second = enabled(dao, secondId)
                .orElseThrow(() -> new ValidationException(field, "is not an enabled member of staff"));
        if (second.roles().stream().noneMatch(PRACTITIONERS::contains)) {
            throw new ValidationException(field, "must be a nurse, pharmacist or prescriber");
        }
        return second;
    }
}
