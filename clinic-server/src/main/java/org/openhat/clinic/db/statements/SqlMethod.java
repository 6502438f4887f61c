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
import org.jdbi.v3.sqlobject.customizer.BindList;
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
    private final Parameters parameters;
    private final boolean query;
    private final Shape shape;
    private final Class<?> returnType;
    private final RowReader rows;

    private SqlMethod(String name, Parameters parameters, boolean query, Shape shape, Class<?> returnType,
                      RowReader rows) {
        this.name = name;
        this.parameters = parameters;
        this.query = query;
        this.shape = shape;
        this.returnType = returnType;
        this.rows = rows;
    }

    /**
     * The compiled method, or empty when it uses something this layer leaves to JDBI (a bean to
     * bind, generated keys, a type it does not read); such a method runs through JDBI's SqlObject,
     * unchanged.
     */
    static Optional<SqlMethod> compile(Method method, Set<Class<?>> constructed, Map<Class<?>, RowMapper<?>> rowMappers,
                                       Map<Class<?>, ColumnMapper<?>> columnMappers) {
        SqlQuery select = method.getAnnotation(SqlQuery.class);
        SqlUpdate update = method.getAnnotation(SqlUpdate.class);
        if ((select == null) == (update == null) || method.getAnnotations().length != 1) {
            return Optional.empty();
        }
        Optional<Parameters> parameters = Parameters.of(method, select != null ? select.value() : update.value());
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Parameters p = parameters.get();
        if (update != null) {
            Class<?> r = method.getReturnType();
            if (r == void.class) {
                return Optional.of(new SqlMethod(name, p, false, Shape.NOTHING, r, null));
            }
            if (r == int.class || r == long.class) {
                return Optional.of(new SqlMethod(name, p, false, Shape.UPDATE_COUNT, r, null));
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
        return reader.map(r -> new SqlMethod(name, p, true, shape, method.getReturnType(), r));
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
        Bound bound = parameters.forArguments(args);
        String sql = bound.sql();
        PreparedStatement once = null;
        try {
            PreparedStatement statement = bound.keep() ? KeptStatements.prepared(connection, sql)
                    : (once = connection.prepareStatement(sql));
            bound.bind(statement, args);
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
        } finally {
            closeQuietly(once);
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException e) {
                // its result is already read or its failure already thrown
            }
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

    /** The SQL to run for one call's arguments, and which argument (or list element) fills each {@code ?}. */
    private record Bound(String sql, int[] argumentOf, int[] elementOf, Binder[] binders, boolean keep) {
        void bind(PreparedStatement statement, Object[] args) throws SQLException {
            for (int i = 0; i < binders.length; i++) {
                Object value = args[argumentOf[i]];
                binders[i].bind(statement, i + 1, elementOf[i] < 0 ? value : ((List<?>) value).get(elementOf[i]));
            }
        }
    }

    /**
     * A method's parameters by name. Without a list to bind, its SQL and bindings are worked out
     * once. A list bound into {@code IN (<ids>)} ({@code @BindList}, as JDBI renders it) gives one
     * SQL text per list length, each worked out once and kept for the lengths a clinic sees.
     */
    private static final class Parameters {
        private static final int KEEP_UP_TO = 64;

        private final String template;
        private final String[] names;
        private final Binder[] binders;
        private final boolean[] isList;
        private final Bound fixed;
        private final Map<Integer, Bound> byLength = new java.util.concurrent.ConcurrentHashMap<>();
        private final String method;

        private Parameters(String method, String template, String[] names, Binder[] binders, boolean[] isList) {
            this.method = method;
            this.template = template;
            this.names = names;
            this.binders = binders;
            this.isList = isList;
            boolean anyList = false;
            for (boolean list : isList) {
                anyList |= list;
            }
            this.fixed = anyList ? null : expand(template, null, true);
        }

        static Optional<Parameters> of(Method method, String sql) {
            java.lang.reflect.Parameter[] declared = method.getParameters();
            String[] names = new String[declared.length];
            Binder[] binders = new Binder[declared.length];
            boolean[] isList = new boolean[declared.length];
            for (int i = 0; i < declared.length; i++) {
                Bind bind = declared[i].getAnnotation(Bind.class);
                BindList list = declared[i].getAnnotation(BindList.class);
                if (declared[i].getAnnotations().length > (bind != null || list != null ? 1 : 0)
                        || (list != null && list.onEmpty() != BindList.EmptyHandling.THROW)) {
                    return Optional.empty();
                }
                String given = bind != null ? bind.value() : list != null ? list.value() : "";
                if (given.isEmpty() && !declared[i].isNamePresent()) {
                    return Optional.empty();
                }
                names[i] = given.isEmpty() ? declared[i].getName() : given;
                isList[i] = list != null;
                Optional<Binder> binder = Binder.forType(isList[i] ? elementType(declared[i]) : declared[i].getType());
                if (binder.isEmpty()) {
                    return Optional.empty();
                }
                binders[i] = binder.get();
            }
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            return Optional.of(new Parameters(name, sql, names, binders, isList));
        }

        private static Class<?> elementType(java.lang.reflect.Parameter parameter) {
            if (parameter.getType() == List.class && parameter.getParameterizedType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            return Object.class;
        }

        Bound forArguments(Object[] args) {
            if (fixed != null) {
                return fixed;
            }
            int lengths = 0;
            boolean tooLong = false;
            for (int i = 0; i < isList.length; i++) {
                if (isList[i]) {
                    int size = args[i] == null ? 0 : ((List<?>) args[i]).size();
                    if (size == 0) {
                        throw new IllegalArgumentException(method + ": the list " + names[i] + " is empty");
                    }
                    tooLong |= size > KEEP_UP_TO;
                    lengths = lengths * (KEEP_UP_TO + 1) + size;
                }
            }
            // a rare long list is prepared for its call only, so the kept statements stay few
            return tooLong ? expand(template, args, false) : byLength.computeIfAbsent(lengths, l -> expand(template, args, true));
        }

        /** The SQL with each list's {@code <name>} written out as {@code :name__0, :name__1, ...}, then made positional. */
        private Bound expand(String sql, Object[] args, boolean keep) {
            String text = sql;
            for (int i = 0; i < names.length; i++) {
                if (isList[i]) {
                    int size = ((List<?>) args[i]).size();
                    StringBuilder items = new StringBuilder();
                    for (int k = 0; k < size; k++) {
                        items.append(k == 0 ? "" : ", ").append(':').append(names[i]).append("__").append(k);
                    }
                    text = text.replace("<" + names[i] + ">", items);
                }
            }
            NamedSql named = NamedSql.parse(text);
            int count = named.parameters().size();
            int[] argumentOf = new int[count];
            int[] elementOf = new int[count];
            Binder[] bound = new Binder[count];
            for (int p = 0; p < count; p++) {
                String wanted = named.parameters().get(p);
                int split = wanted.lastIndexOf("__");
                String base = split > 0 ? wanted.substring(0, split) : wanted;
                int arg = indexOf(base);
                if (arg >= 0 && isList[arg] && split > 0) {
                    elementOf[p] = Integer.parseInt(wanted.substring(split + 2));
                } else {
                    arg = indexOf(wanted);
                    elementOf[p] = -1;
                }
                if (arg < 0) {
                    throw new IllegalStateException(method + " has no parameter :" + wanted);
                }
                argumentOf[p] = arg;
                bound[p] = binders[arg];
            }
            return new Bound(named.jdbc(), argumentOf, elementOf, bound, keep);
        }

        private int indexOf(String wanted) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
