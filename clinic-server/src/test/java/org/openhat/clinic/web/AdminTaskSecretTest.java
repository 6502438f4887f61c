package org.openhat.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTaskSecretTest {
    @TempDir
    Path dir;

    @Test
    void makesARandomSecretOnlyItsOwnerCanReadAndKeepsItAcrossRestarts() throws Exception {
        Path file = dir.resolve("data").resolve("admin-task-secret");

        AdminTaskSecret first = AdminTaskSecret.loadOrCreate(file);
        String written = Files.readString(file).strip();
        AdminTaskSecret second = AdminTaskSecret.loadOrCreate(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(written).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.matches(written)).isTrue();
        assertThat(second.matches(written)).isTrue();
        assertThat(AdminTaskSecret.loadOrCreate(dir.resolve("another")).matches(written)).isFalse();
    }

    @Test
    void matchesOnlyTheExactSecret() {
        AdminTaskSecret secret = AdminTaskSecret.of("correct-horse-battery-staple");

        assertThat(secret.matches("correct-horse-battery-staple")).isTrue();
        assertThat(secret.matches("correct-horse-battery-stapl")).isFalse();
        assertThat(secret.matches("correct-horse-battery-staple ")).isFalse();
        assertThat(secret.matches("CORRECT-HORSE-BATTERY-STAPLE")).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void refusesASecretTooShortToResistGuessing() throws Exception {
        Path file = dir.resolve("short");
        Files.writeString(file, "letmein\n");

        assertThatThrownBy(() -> AdminTaskSecret.of("letmein")).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> AdminTaskSecret.loadOrCreate(file)).hasMessageContaining("at least 16");
    }
}
