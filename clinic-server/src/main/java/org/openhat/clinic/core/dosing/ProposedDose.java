package org.openhat.clinic.core.dosing;

/**
 * What the nurse intends to give now.
 *
 * @param session the session the nurse selected, e.g. "AM"
 * @param topUp   true for a further portion in a session already dosed (titration or an alcohol split)
 */
public record ProposedDose(Milligrams dose, String productId, Route route, String session, boolean topUp) {
}
