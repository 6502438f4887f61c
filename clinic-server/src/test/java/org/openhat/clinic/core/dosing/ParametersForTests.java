package org.openhat.clinic.core.dosing;

import java.lang.reflect.RecordComponent;

/** Builds parameters with named values changed, the way a YAML binding would. */
public final class ParametersForTests {

    private ParametersForTests() {
    }

    public static DosingParameters with(Object... namesAndValues) {
        RecordComponent[] components = DosingParameters.class.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean[] used = new boolean[namesAndValues.length / 2];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            for (int j = 0; j < namesAndValues.length; j += 2) {
                if (components[i].getName().equals(namesAndValues[j])) {
                    arguments[i] = namesAndValues[j + 1];
                    used[j / 2] = true;
                }
            }
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                // a misspelt name would otherwise leave the default in place and the test would prove nothing
                throw new IllegalArgumentException("DosingParameters has no parameter " + namesAndValues[2 * j]);
            }
        }
        try {
            return DosingParameters.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
