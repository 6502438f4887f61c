package org.openhat.clinic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.openhat.clinic.core.register.checkpoint.SigningKey;

/** The controlled-drug register's settings: where the checkpoint key lives, and the discrepancy and safe rules. */
public class RegisterFactory {
    @NotEmpty
    private String signingKeyFile = "data/register-signing.key";

    /** clinical-rules 7.7 discrepancy_escalation_hours. */
    @NotNull
    private Duration discrepancyEscalation = Duration.hours(24);

    /** How far a register entry may be from a safe door opening and still be matched to it. */
    @NotNull
    private Duration safeMatchWindow = Duration.minutes(30);

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
