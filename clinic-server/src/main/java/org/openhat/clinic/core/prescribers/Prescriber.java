package org.openhat.clinic.core.prescribers;

import java.time.LocalDate;

/**
 * A prescriber and their Home Office licence to prescribe diamorphine for addiction. Licences are
 * per doctor and per premises; non-medical prescribers cannot hold one.
 */
public record Prescriber(
        long id,
        Long staffId,
        String name,
        String gmcNumber,
        boolean medical,
        String licenceNumber,
        String licencePremises,
        LocalDate licenceExpiry) {

    /** Whether this prescriber may prescribe diamorphine for addiction at these premises on this date. */
    public boolean licensedFor(String premises, LocalDate onDate) {
        return medical && licenceNumber != null && premises.equals(licencePremises)
                && licenceExpiry != null && !onDate.isAfter(licenceExpiry);
    }
}
