package org.openhat.clinic.core.dosing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the name→value figures of a finding, keeping the order the rule used them in. */
public final class Figures {

    private Figures() {
    }

    /** Alternating names and values: {@code of("limit", 450, "proposed", dose)}. */
    public static Map<String, String> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("figures come in name/value pairs");
        }
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return figures;
    }
}
