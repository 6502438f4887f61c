package org.openhat.clinic.api;

import jakarta.validation.constraints.NotNull;

public record OpenLedger(@NotNull Long productId) {
}
