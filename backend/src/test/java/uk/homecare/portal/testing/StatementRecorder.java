package uk.homecare.portal.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Records the SQL the portal sends, connection by connection, for tests that compare it with what a benchmark
 * sends (switched on by {@code portal.test.record-statements}). Each connection's statements are kept in the order
 * they were prepared or run, with {@code BEGIN} where the connection left autocommit and {@code COMMIT} where it
 * committed, so a transaction reads as PostgreSQL's log would show it.
 */
@Singleton
@Requires(property = "portal.test.record-statements", value = "true")
public final class StatementRecorder implements BeanCreatedEventListener<DataSource>, Ordered {

    private final List<List<String>> connections = new CopyOnWriteArrayList<>();

    /** A test's properties with the recorder switched on. */
    public static Map<String, String> switchedOn(Map<String, String> properties) {
        Map<String, String> with = new HashMap<>(properties);
        with.put("portal.test.record-statements", "true");
        return with;
    }

    /** The statements of each connection checked out since the last call, oldest first. */
    public List<List<String>> drain() {
        List<List<String>> drained = List.copyOf(connections);
        connections.clear();
        return drained;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource inner = event.getBean();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(inner, method, arguments);
                    return result instanceof Connection connection ? recording(connection) : result;
                });
    }

    private Connection recording(Connection connection) {
        List<String> statements = new ArrayList<>();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "prepareStatement", "prepareCall" -> statements.add((String) arguments[0]);
                        case "setAutoCommit" -> {
                            if (!(Boolean) arguments[0]) {
                                statements.add("BEGIN");
                            }
                        }
                        case "commit" -> statements.add("COMMIT");
                        case "rollback" -> statements.add("ROLLBACK");
                        case "close" -> connections.add(List.copyOf(statements));
                        default -> {
                            // nothing to record
                        }
                    }
                    Object result = invoke(connection, method, arguments);
                    return result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
                            ? recording(statement, statements) : result;
                });
    }

    private static Statement recording(Statement statement, List<String> statements) {
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                (proxy, method, arguments) -> {
                    if (method.getName().startsWith("execute") && arguments != null && arguments.length > 0
                            && arguments[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    return invoke(statement, method, arguments);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
