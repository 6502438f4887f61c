package org.openhat.clinic.db.statements;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * Turns the current row into one element of a DAO method's result: a single column for a scalar,
 * a DAO's own row mapper ({@code @RegisterRowMapper}, called without a statement context), or a
 * row record built through its constructor ({@code @RegisterConstructorMapper}). For a record the
 * columns are matched to the constructor's parameters by name, as JDBI's constructor mapper does
 * ({@code display_name} fills {@code displayName}), once, on the first result: a method's SQL
 * never changes, so neither do its columns. Extra columns are ignored; a parameter with no column
 * is a mistake in the DAO and fails at once.
 */
public interface RowReader {

    Object read(ResultSet rs) throws SQLException;

    static RowReader column(ColumnReader reader) {
        return rs -> reader.read(rs, 1);
    }

    static RowReader mapper(RowMapper<?> mapper) {
        return rs -> mapper.map(rs, null);
    }

    /** A reader for {@code type} built through its constructor, or empty if a parameter's type cannot be read. */
    static Optional<RowReader> constructed(Class<?> type, Map<Class<?>, ColumnMapper<?>> registered) {
        Optional<Constructor<?>> constructor = constructorOf(type);
        if (constructor.isEmpty()) {
            return Optional.empty();
        }
        String[] names = parameterNames(type, constructor.get());
        Class<?>[] types = constructor.get().getParameterTypes();
        ColumnReader[] readers = new ColumnReader[types.length];
        for (int i = 0; i < types.length; i++) {
            Optional<ColumnReader> reader = ColumnReader.forType(types[i], registered);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            readers[i] = reader.get();
        }
        constructor.get().setAccessible(true);
        return Optional.of(new Constructed(constructor.get(), names, readers));
    }

    private static Optional<Constructor<?>> constructorOf(Class<?> type) {
        Constructor<?>[] all = type.getDeclaredConstructors();
        Optional<Constructor<?>> marked = Arrays.stream(all)
                .filter(c -> c.isAnnotationPresent(JdbiConstructor.class)).findFirst();
        if (marked.isPresent() || all.length == 1) {
            return marked.isPresent() ? marked : Optional.of(all[0]);
        }
        if (type.isRecord()) {
            Class<?>[] canonical = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return Optional.of(type.getDeclaredConstructor(canonical));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String[] parameterNames(Class<?> type, Constructor<?> constructor) {
        if (type.isRecord() && constructor.getParameterCount() == type.getRecordComponents().length) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
        }
        return Arrays.stream(constructor.getParameters()).map(Parameter::getName).toArray(String[]::new);
    }

    /** {@code display_name}, {@code DISPLAYNAME} and {@code displayName} are one name. */
    static String normalised(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    final class Constructed implements RowReader {
        private final Constructor<?> constructor;
        private final String[] names;
        private final ColumnReader[] readers;
        /** Column of each constructor parameter, worked out from the first result's labels. */
        private volatile int[] columns;

        Constructed(Constructor<?> constructor, String[] names, ColumnReader[] readers) {
            this.constructor = constructor;
            this.names = names;
            this.readers = readers;
        }

        @Override
        public Object read(ResultSet rs) throws SQLException {
            int[] at = columns;
            if (at == null) {
                at = match(rs.getMetaData());
                columns = at;
            }
            Object[] values = new Object[readers.length];
            for (int i = 0; i < readers.length; i++) {
                values[i] = readers[i].read(rs, at[i]);
            }
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private int[] match(ResultSetMetaData meta) throws SQLException {
            int[] at = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                String wanted = normalised(names[i]);
                for (int c = 1; c <= meta.getColumnCount() && at[i] == 0; c++) {
                    if (normalised(meta.getColumnLabel(c)).equals(wanted)) {
                        at[i] = c;
                    }
                }
                if (at[i] == 0) {
                    throw new IllegalStateException(constructor.getDeclaringClass().getSimpleName() + "." + names[i]
                            + " has no column in the result");
                }
            }
            return at;
        }
    }
}
