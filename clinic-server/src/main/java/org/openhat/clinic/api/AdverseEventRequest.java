package org.openhat.clinic.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.openhat.clinic.core.dispensing.AdverseEventKind;

public record AdverseEventRequest(@NotNull AdverseEventKind kind,
                                  @DecimalMin("0") @DecimalMax("20") @WholeMicrograms BigDecimal naloxoneMg,
                                  @NotNull Boolean ambulanceCalled, @Size(max = 2000) String notes) {
}
