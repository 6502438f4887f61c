package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;
import org.openhat.clinic.core.schedule.SessionSlot;

/** §7.2 session_windows: doses are given inside a session, and in the session the nurse selected. */
public final class SessionWindowRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        String selected = context.proposed().session();
        Optional<SessionSlot> slot = context.slot();
        if (slot.isEmpty()) {
            return Optional.of(Finding.withhold(RuleId.SESSION_WINDOW,
                    "Do not dose: the clinic is not in a dosing session now.",
                    Figures.of("at", context.at(), "clinicDate", context.clinicDate(), "selectedSession", selected)));
        }
        if (slot.get().name().equals(selected)) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.SESSION_WINDOW,
                "Do not dose: it is now the " + slot.get().name() + " session, but " + selected + " was selected.",
                Figures.of("currentSession", slot.get().name(), "selectedSession", selected)));
    }

    @Override
    public boolean needsPrescription() {
        return false;
    }
}
