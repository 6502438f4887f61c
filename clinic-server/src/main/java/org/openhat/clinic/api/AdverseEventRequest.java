package org.openhat.clinic.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.openhat.clinic.core.dispensing.AdverseEventKind;

public record AdverseEventRequest(@NotNull(message = "{kiosk.adverseEvent.required}") AdverseEventKind kind,
                                  @DecimalMin(value = "0", message = "{kiosk.naloxone.below}")
                                  @DecimalMax(value = "20", message = "{kiosk.naloxone.above}")
                                  @WholeMicrograms BigDecimal naloxoneMg,
                                  @NotNull(message = "{kiosk.ambulance.required}") Boolean ambulanceCalled,
                                  @Size(max = 2000, message = "{kiosk.adverseNotes.size}") String notes) {
}
