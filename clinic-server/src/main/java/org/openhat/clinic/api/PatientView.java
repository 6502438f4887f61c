package org.openhat.clinic.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.openhat.clinic.core.patients.Patient;
import org.openhat.clinic.core.patients.RecordDisclosure;

/** One patient's record; the identifiers and address appear only for roles that need them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientView(long id, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
                          String address, String postcode, String status, boolean hasPhoto, Instant createdAt,
                          Instant updatedAt) {
    /** The whole record, for the roles that wrote it (referral, correction, status change). */
    public static PatientView of(Patient p) {
        return of(p, RecordDisclosure.FULL);
    }

    public static PatientView of(Patient p, RecordDisclosure disclosure) {
        boolean identifiers = disclosure.showsIdentifiers();
        boolean address = disclosure.showsAddress();
        return new PatientView(p.id(), identifiers ? p.nhsNumber().value() : null, p.givenName(), p.familyName(),
                identifiers ? p.dateOfBirth() : null, address ? p.address() : null, address ? p.postcode() : null,
                p.status().name(), p.hasPhoto(), p.createdAt(), p.updatedAt());
    }
}
