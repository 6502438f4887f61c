package org.openhat.clinic.service.register;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.register.RegisterLine;
import org.openhat.clinic.core.register.SignerRule;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.db.LedgerAppendDao;

/**
 * Every entry names who made it, and the second person where the kind needs one; both must be
 * enabled staff holding a role the line's {@link SignerRule}s admit, and the second someone other
 * than the first. The second person has already proved who they are (SecondSigners) before the
 * append; this looks them up again inside its transaction, so a signer disabled meanwhile is refused.
 */
final class Attribution {
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
        Signer recorder = recorder(line, enabled.get(staffId));
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
        if (!line.secondSignerRule().admits(second.roles())) {
            throw new ValidationException(field, line.secondSignerRule().refusal());
        }
        return new Signers(recorder, second);
    }

    private static Signer recorder(RegisterLine line, Signer recorder) {
        if (recorder == null) {
            throw new ValidationException("recordedBy", "is not an enabled member of staff");
        }
        if (!SignerRule.RECORDER.admits(recorder.roles())) {
            throw new ValidationException("recordedBy", SignerRule.RECORDER.refusal());
        }
        if (!line.recorderRule().admits(recorder.roles())) {
            throw new ValidationException(line.recorderField(), line.recorderRule().refusal());
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
