package org.openhat.clinic.core.stations;

/** A dispensing kiosk; its scanner and safe are wired in configuration by its code. */
public record KioskStation(long id, String code, String name, String location) {
}
