package org.openhat.clinic.core.register;

import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

    /** The recorder and the second signer (null where the line needs none), checked in one look-up. */
    record Signers(Signer recorder, Signer second) {
    }

    /**
     * Looks both signers up as they are now, in the append's transaction, and checks them: both
     * enabled staff with a practitioner's role, and the second someone other than the recorder.
     */
    static Signers of(LedgerAppendDao dao, RegisterLine line, long staffId) {
        Long secondId = line.secondStaffId();
        Map<Long, Signer> enabled = enabled(dao.enabledSignerRoles(staffId, secondId));
        Signer recorder = recorder(enabled.get(staffId));
        if (secondId == null) {
            return new Signers(recorder, null);
        }
        String field = line.secondStaffField();
        if (secondId == staffId) {
            throw new ValidationException(field, "must be a second person, not the one making the entry");
        }
        Signer second = enabled.get(secondId);
        if (second == null) {
            throw new ValidationException(field, "is not an enabled member of staff");
        }
        if (second.roles().stream().noneMatch(PRACTITIONERS::contains)) {
            throw new ValidationException(field, "must be a nurse, pharmacist or prescriber");
        }
        return new Signers(recorder, second);
    }

    private static Signer recorder(Signer recorder) {
        if (recorder == null) {
            throw new ValidationException("recordedBy", "is not an enabled member of staff");
        }
        if (recorder.roles().stream().noneMatch(PRACTITIONERS::contains)) {
            throw new ValidationException("recordedBy", "only a nurse, pharmacist or prescriber makes register entries");
        }
        return recorder;
    }

    /** One row per enabled signer and role, grouped into signers by id. */
    private static Map<Long, Signer> enabled(List<LedgerAppendDao.SignerRole> rows) {
        Map<Long, Signer> signers = new HashMap<>(4);
        for (LedgerAppendDao.SignerRole row : rows) {
            signers.computeIfAbsent(row.staffId(), id -> new Signer(id, row.displayName(), EnumSet.noneOf(Role.class)))
                    .roles().add(Role.valueOf(row.role()));
        }
        return signers;
    }
}
