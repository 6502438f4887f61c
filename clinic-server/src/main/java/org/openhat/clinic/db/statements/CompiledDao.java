package org.openhat.clinic.db.statements;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;

/**
 * A DAO interface compiled once per server: every SQL method it has, ready to run. The interface
 * stays an ordinary JDBI SqlObject (same annotations, same SQL for SQLite and PostgreSQL), so a
 * method this layer does not compile, and any DAO attached by JDBI itself, behave as before.
 */
public final class CompiledDao<D> {
    private static final Map<Class<?>, CompiledDao<?>> COMPILED = new ConcurrentHashMap<>();

    private final Class<D> type;
    private final Map<Method, SqlMethod> methods;

    private CompiledDao(Class<D> type, Map<Method, SqlMethod> methods) {
        this.type = type;
        this.methods = methods;
    }

    @SuppressWarnings("unchecked")
    public static <D> CompiledDao<D> of(Class<D> type) {
        return (CompiledDao<D>) COMPILED.computeIfAbsent(type, t -> compile(type));
    }

    private static <D> CompiledDao<D> compile(Class<D> type) {
        // Each registered mapper serves its own type, as in JDBI; a prefixed constructor mapper is left to JDBI.
        Set<Class<?>> constructed = new HashSet<>();
        for (RegisterConstructorMapper mapper : type.getAnnotationsByType(RegisterConstructorMapper.class)) {
            if (mapper.prefix().isEmpty()) {
                constructed.add(mapper.value());
            }
        }
        Map<Class<?>, RowMapper<?>> rowMappers = new HashMap<>();
        for (RegisterRowMapper mapper : type.getAnnotationsByType(RegisterRowMapper.class)) {
            rowMappers.put(mappedType(mapper.value(), RowMapper.class), instance(mapper.value()));
        }
        Map<Class<?>, ColumnMapper<?>> columnMappers = new HashMap<>();
        for (RegisterColumnMapper mapper : type.getAnnotationsByType(RegisterColumnMapper.class)) {
            columnMappers.put(mappedType(mapper.value(), ColumnMapper.class), instance(mapper.value()));
        }
        Map<Method, SqlMethod> methods = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (!method.isDefault() && !Modifier.isStatic(method.getModifiers())) {
                SqlMethod.compile(method, constructed, rowMappers, columnMappers).ifPresent(m -> methods.put(method, m));
            }
        }
        return new CompiledDao<>(type, Map.copyOf(methods));
    }

    private static <T> T instance(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " needs a no-argument constructor", e);
        }
    }

    /** The T of a {@code RowMapper<T>} or {@code ColumnMapper<T>}. */
    private static Class<?> mappedType(Class<?> mapper, Class<?> kind) {
        return Arrays.stream(mapper.getGenericInterfaces())
                .filter(t -> t instanceof ParameterizedType p && p.getRawType() == kind)
                .map(t -> ((ParameterizedType) t).getActualTypeArguments()[0])
                .filter(Class.class::isInstance).map(Class.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(mapper + " must implement " + kind.getSimpleName() + "<SomeClass>"));
    }

    /** How many of the interface's SQL methods run compiled (the rest go through JDBI). */
    public int compiledMethods() {
        return methods.size();
    }

    /**
     * The DAO for one unit of work on {@code connection} (the driver's own connection). A method that
     * is not compiled is called on {@code jdbi}'s SqlObject, which is only attached if one is called.
     */
    public D on(Connection connection, Supplier<D> jdbi) {
        InvocationHandler calls = new Calls<>(methods, connection, jdbi);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, calls));
    }

    private static final class Calls<D> implements InvocationHandler {
        private final Map<Method, SqlMethod> methods;
        private final Connection connection;
        private final Supplier<D> jdbi;
        private D attached;

        Calls(Map<Method, SqlMethod> methods, Connection connection, Supplier<D> jdbi) {
            this.methods = methods;
            this.connection = connection;
            this.jdbi = jdbi;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            SqlMethod compiled = methods.get(method);
            if (compiled != null) {
                return compiled.run(connection, args);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "compiled " + proxy.getClass().getInterfaces()[0].getSimpleName();
                };
            }
            if (attached == null) {
                attached = jdbi.get();
            }
            try {
                return method.invoke(attached, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
