package org.openhat.clinic.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the admin task secret comes from: {@code secret} when set (e.g. from
 * {@code CLINIC_ADMIN_TASK_SECRET}), otherwise {@code secretFile}, made on first start.
 */
public class AdminTasksFactory {
    private static final Logger LOG = LoggerFactory.getLogger(AdminTasksFactory.class);

    @Pattern(regexp = "|\\s*\\S.{14,}\\S\\s*", message = "must be empty (a secret is then made in secretFile) or at least 16 characters")
    private String secret = "";

    @NotEmpty
    private String secretFile = "data/admin-task-secret";

    @JsonProperty
    public String getSecret() {
        return secret;
    }

    @JsonProperty
    public void setSecret(String secret) {
        this.secret = secret;
    }

    @JsonProperty
    public String getSecretFile() {
        return secretFile;
    }

    @JsonProperty
    public void setSecretFile(String secretFile) {
        this.secretFile = secretFile;
    }

    /** The secret; says in the log where it comes from, never what it is. */
    public AdminTaskSecret build() {
        if (secret != null && !secret.isBlank()) {
            LOG.info("Admin tasks need the secret from adminTasks.secret (CLINIC_ADMIN_TASK_SECRET) as Authorization: Bearer");
            return AdminTaskSecret.of(secret);
        }
        Path file = Path.of(secretFile);
        AdminTaskSecret loaded = AdminTaskSecret.loadOrCreate(file);
        LOG.info("Admin tasks need the secret in {} as Authorization: Bearer", file.toAbsolutePath());
        return loaded;
    }
}
