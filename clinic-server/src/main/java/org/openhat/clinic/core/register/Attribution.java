package org.openhat.clinic.core.register;

import java.util.EnumSet;
import java.util.Set;
import org.openhat.clinic.core.Transactor;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.db.StaffDao;

/**
 * Every entry names who made it, and the second person where the kind needs one; both must be
 * enabled staff, and the second a registered practitioner other than the first.
 */
final class Attribution {
    private static final Set<Role> PRACTITIONERS = EnumSet.of(Role.NURSE, Role.PHARMACIST, Role.PRESCRIBER);

    private Attribution() {
    }

    static StaffMember recorder(Transactor.Tx tx, long staffId) {
        StaffMember recorder = tx.dao(StaffDao.class).member(staffId)
                .filter(StaffMember::enabled)
                .orElseThrow(() -> new ValidationException("recordedBy", "is not an enabled member of staff"));
        if (recorder.roles().stream().noneMatch(PRACTITIONERS::contains)) {
            throw new ValidationException("recordedBy", "only a nurse, pharmacist or prescriber makes register entries");
        }
        return recorder;
    }

    static StaffMember second(Transactor.Tx tx, RegisterLine line, StaffMember recorder) {
        Long secondId = line.secondStaffId();
        if (secondId == null) {
            return null;
        }
        String field = line.secondStaffField();
        if (secondId == recorder.id()) {
            throw new ValidationException(field, "must be a second person, not the one making the entry");
        }
        StaffMember second = tx.dao(StaffDao.class).member(secondId)
                .filter(StaffMember::enabled)
                .orElseThrow(() -> new ValidationException(field, "is not an enabled member of staff"));
        if (second.roles().stream().noneMatch(PRACTITIONERS::contains)) {
            throw new ValidationException(field, "must be a nurse, pharmacist or prescriber");
        }
        return second;
    }
}
