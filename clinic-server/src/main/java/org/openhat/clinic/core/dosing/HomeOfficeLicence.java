package org.openhat.clinic.core.dosing;

import java.time.LocalDate;

/**
 * A Home Office licence to prescribe diamorphine for addiction. Licences are issued per doctor and
 * per premises and are not transferable (§3.5), hence the premises and expiry.
 */
public record HomeOfficeLicence(String number, String premisesId, LocalDate expiresOn) {
}
