package org.openhat.clinic.core.stations;

/** Why a safe compartment is opened; each is a controlled-drug event the register must show. */
public enum SafePurpose {
    DOSE,
    RECEIPT,
    WASTE,
    STOCK_CHECK,
    RETURN,
    DESTRUCTION
}
