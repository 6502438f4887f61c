package org.openhat.clinic.core.patients;

/** Where a person stands in the programme. Only an ACTIVE patient may be dosed. */
public enum PatientStatus {
    REFERRED,
    ACTIVE,
    SUSPENDED,
    DISCHARGED
}
