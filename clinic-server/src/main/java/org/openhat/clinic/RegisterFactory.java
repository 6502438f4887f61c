package org.openhat.clinic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.SigningKey;

/**
 * The controlled-drug register's settings: where the checkpoint key and the checkpoint file live,
 * how often the server seals the ledgers, and the discrepancy and safe rules.
 */
public class RegisterFactory {
    @NotEmpty
    private String signingKeyFile = "data/register-signing.key";

    /** clinical-rules 7.7 discrepancy_escalation_hours. */
    @NotNull
    private Duration discrepancyEscalation = Duration.hours(24);

    /** How far a register entry may be from a safe door opening and still be matched to it. */
    @NotNull
    private Duration safeMatchWindow = Duration.minutes(30);

    /** The server seals every ledger with new entries at least this often, and after each session closes. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MINUTES)
    private Duration checkpointEvery = Duration.hours(24);

    /** Where the checkpoint file (one JSON line per checkpoint, only appended) is kept. */
    @NotEmpty
    private String checkpointDirectory = "data/checkpoints";

    @JsonProperty
    public String getSigningKeyFile() {
        return signingKeyFile;
    }

    @JsonProperty
    public void setSigningKeyFile(String signingKeyFile) {
        this.signingKeyFile = signingKeyFile;
    }

    @JsonProperty
    public void setDiscrepancyEscalation(Duration discrepancyEscalation) {
        this.discrepancyEscalation = discrepancyEscalation;
    }

    @JsonProperty
    public void setSafeMatchWindow(Duration safeMatchWindow) {
        this.safeMatchWindow = safeMatchWindow;
    }

    @JsonProperty
    public void setCheckpointEvery(Duration checkpointEvery) {
        this.checkpointEvery = checkpointEvery;
    }

    @JsonProperty
    public String getCheckpointDirectory() {
        return checkpointDirectory;
    }

    @JsonProperty
    public void setCheckpointDirectory(String checkpointDirectory) {
        this.checkpointDirectory = checkpointDirectory;
    }

    public java.time.Duration checkpointEvery() {
        return checkpointEvery.toJavaDuration();
    }

    public CheckpointFile checkpointFile() {
        return CheckpointFile.in(Path.of(checkpointDirectory));
    }

    public java.time.Duration discrepancyEscalation() {
        return discrepancyEscalation.toJavaDuration();
    }

    public java.time.Duration safeMatchWindow() {
        return safeMatchWindow.toJavaDuration();
    }

    /** Loads the clinic's checkpoint key, making one on first start. */
    public SigningKey signingKey() {
        return SigningKey.loadOrCreate(Path.of(signingKeyFile));
    }
}
