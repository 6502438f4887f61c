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
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            for (int j = 0; j < namesAndValues.length; j += 2) {
                if (components[i].getName().equals(namesAndValues[j])) {
                    arguments[i] = namesAndValues[j + 1];
                }
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
