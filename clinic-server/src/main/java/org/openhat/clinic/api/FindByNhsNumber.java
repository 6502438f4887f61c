package org.openhat.clinic.api;

import jakarta.validation.constraints.NotBlank;

public record FindByNhsNumber(@NotBlank String nhsNumber) {
    @Override
    public String toString() {
        return "FindByNhsNumber[***]";
    }
}
