package org.openhat.clinic.core.register.checkpoint;

/** The answer to "does the register still match this checkpoint?", one fact at a time. */
public record CheckpointCheck(boolean signatureValid, boolean signedByThisClinic, boolean entryMatches,
                              boolean chainIntactToCheckpoint) {

    public boolean holds() {
        return signatureValid && signedByThisClinic && entryMatches && chainIntactToCheckpoint;
    }
}
