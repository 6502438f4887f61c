package org.openhat.clinic.db;

import java.time.Instant;

/** What the dose-safety check reads of a dose already given: five columns, not the whole record. */
public record DoseTakenRow(Instant givenAt, long givenMcg, long prescribedMcg, String sessionName, long productId) {
}
