package org.openhat.clinic.db.statements;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * One DAO method, compiled once: its SQL with positional parameters, a binder for each, and how
 * its result is read. Running it is a kept prepared statement on the unit of work's connection,
 * the bindings and the reads: no template rendering, SQL parsing, configuration copies or mapper
 * look-ups per call, which were most of a request's time through JDBI's SqlObject
 * (docs/performance.md, "The data path").
 */
final class SqlMethod {
    /** What the caller gets back. */
    private enum Shape { NOTHING, UPDATE_COUNT, ONE, OPTIONAL, LIST }

    private final String name;
    private final String sql;
    private final boolean query;
    private final int[] argumentOf;
    private final Binder[] binders;
    private final Shape shape;
    private final Class<?> returnType;
    private final RowReader rows;

    private SqlMethod(String name, String sql, boolean query, int[] argumentOf, Binder[] binders, Shape shape,
                      Class<?> returnType, RowReader rows) {
        this.name = name;
        this.sql = sql;
        this.query = query;
        this.argumentOf = argumentOf;
        this.binders = binders;
        this.shape = shape;
        this.returnType = returnType;
        this.rows = rows;
    }

    /**
     * The compiled method, or empty when it uses something this layer leaves to JDBI (a list or a
     * bean to bind, generated keys, a type it does not read); such a method runs through JDBI's
     * SqlObject, unchanged.
     */
    static Optional<SqlMethod> compile(Method method, Set<Class<?>> constructed, Map<Class<?>, RowMapper<?>> rowMappers,
                                       Map<Class<?>, ColumnMapper<?>> columnMappers) {
        SqlQuery select = method.getAnnotation(SqlQuery.class);
        SqlUpdate update = method.getAnnotation(SqlUpdate.class);
        if ((select == null) == (update == null) || method.getAnnotations().length != 1) {
            return Optional.empty();
        }
        Optional<Parameters> parameters = Parameters.of(method, NamedSql.parse(select != null ? select.value() : update.value()));
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Parameters p = parameters.get();
        if (update != null) {
            Class<?> r = method.getReturnType();
            if (r == void.class) {
                return Optional.of(new SqlMethod(name, p.sql, false, p.argumentOf, p.binders, Shape.NOTHING, r, null));
            }
            if (r == int.class || r == long.class) {
                return Optional.of(new SqlMethod(name, p.sql, false, p.argumentOf, p.binders, Shape.UPDATE_COUNT, r, null));
            }
            return Optional.empty();
        }
        Shape shape;
        Type element;
        if (method.getReturnType() == Optional.class || method.getReturnType() == List.class) {
            shape = method.getReturnType() == Optional.class ? Shape.OPTIONAL : Shape.LIST;
            if (!(method.getGenericReturnType() instanceof ParameterizedType generic)) {
                return Optional.empty();
            }
            element = generic.getActualTypeArguments()[0];
        } else {
            shape = Shape.ONE;
            element = method.getReturnType();
        }
        if (!(element instanceof Class<?> elementType) || elementType == void.class) {
            return Optional.empty();
        }
        Optional<RowReader> reader = readerFor(elementType, constructed, rowMappers, columnMappers);
        return reader.map(r -> new SqlMethod(name, p.sql, true, p.argumentOf, p.binders, shape,
                method.getReturnType(), r));
    }

    private static Optional<RowReader> readerFor(Class<?> element, Set<Class<?>> constructed,
                                                 Map<Class<?>, RowMapper<?>> rowMappers,
                                                 Map<Class<?>, ColumnMapper<?>> columnMappers) {
        if (rowMappers.containsKey(element)) {
            return Optional.of(RowReader.mapper(rowMappers.get(element)));
        }
        if (constructed.contains(element)) {
            return RowReader.constructed(element, columnMappers);
        }
        return ColumnReader.forType(element, columnMappers).map(RowReader::column);
    }

    Object run(Connection connection, Object[] args) {
        try {
            PreparedStatement statement = KeptStatements.prepared(connection, sql);
            for (int i = 0; i < binders.length; i++) {
                binders[i].bind(statement, i + 1, args[argumentOf[i]]);
            }
            if (!query) {
                int count = statement.executeUpdate();
                return shape == Shape.NOTHING ? null : returnType == long.class ? (Object) (long) count : count;
            }
            // execute(), not executeQuery(): an INSERT ... RETURNING is a query here too
            if (!statement.execute()) {
                throw new IllegalStateException(name + " returned no result set");
            }
            try (ResultSet rs = statement.getResultSet()) {
                return read(rs);
            }
        } catch (SQLException e) {
            KeptStatements.discard(connection, sql);
            throw new StatementFailedException(name, e);
        }
    }

    private Object read(ResultSet rs) throws SQLException {
        switch (shape) {
            case LIST -> {
                List<Object> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(rows.read(rs));
                }
                return all;
            }
            case OPTIONAL -> {
                return rs.next() ? Optional.ofNullable(rows.read(rs)) : Optional.empty();
            }
            default -> {
                Object first = rs.next() ? rows.read(rs) : null;
                if (first == null && returnType.isPrimitive()) {
                    throw new IllegalStateException(name + " found no row for a " + returnType + " result");
                }
                return first;
            }
        }
    }

    /** Which argument fills each {@code ?}, and how it is bound. */
    private record Parameters(String sql, int[] argumentOf, Binder[] binders) {
        static Optional<Parameters> of(Method method, NamedSql named) {
            java.lang.reflect.Parameter[] declared = method.getParameters();
            String[] names = new String[declared.length];
            for (int i = 0; i < declared.length; i++) {
                Bind bind = declared[i].getAnnotation(Bind.class);
                if (declared[i].getAnnotations().length > (bind == null ? 0 : 1)) {
                    return Optional.empty();
                }
                if (bind == null && !declared[i].isNamePresent()) {
                    return Optional.empty();
                }
                names[i] = bind != null && !bind.value().isEmpty() ? bind.value() : declared[i].getName();
            }
            int[] argumentOf = new int[named.parameters().size()];
            Binder[] binders = new Binder[argumentOf.length];
            for (int p = 0; p < argumentOf.length; p++) {
                int arg = indexOf(names, named.parameters().get(p));
                if (arg < 0) {
                    throw new IllegalStateException(method + " has no parameter :" + named.parameters().get(p));
                }
                Optional<Binder> binder = Binder.forType(declared[arg].getType());
                if (binder.isEmpty()) {
                    return Optional.empty();
                }
                argumentOf[p] = arg;
                binders[p] = binder.get();
            }
            return Optional.of(new Parameters(named.jdbc(), argumentOf, binders));
        }

        private static int indexOf(String[] names, String wanted) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
