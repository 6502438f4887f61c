package org.openhat.clinic.core.dispensing;

/** What went wrong after a dose, as the nurse records it against the dose. */
public enum AdverseEventKind { SUSPECTED_OVERDOSE, RESPIRATORY_DEPRESSION, SEIZURE, INJECTION_SITE_PROBLEM, OTHER }
