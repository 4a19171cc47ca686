package uk.homecare.portal.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's pool, telling PostgreSQL whom each connection acts for as it is handed out. Every
 * transaction and every read outside one takes its connection here, so no service can forget; the row-level
 * security policies of V11 read the settings.
 *
 * <p>The settings are the session's, not the transaction's: a read outside any transaction runs in
 * autocommit, where a transaction-local setting would end with its own statement. Each check-out makes the
 * connection act for whom the caller acts for: the pool remembers whom each of its database sessions last acted
 * for (nothing else sets these settings for a session), and sends the settings only when that differs, so a
 * request of the same council as the last one on that connection costs no round trip for them. A connection
 * waiting in the pool still carries its last settings; it is not handed to anyone without being set first.
 * Work across councils adds its own transaction-local setting ({@link AcrossCouncils}).
 */
final class TenancyDataSource implements DataSource, AutoCloseable {

    private static final String ACT_FOR = """
            select set_config('portal.councils', ?, false), set_config('portal.organisation', ?, false),
                   set_config('portal.across_councils', 'off', false)""";

    private final DataSource pool;
    private final CurrentTenancy tenancy;
    /** Whom each database session (the driver's connection under the pool's proxy) was last made to act for. */
    private final Map<Connection, Tenancy> actingFor = Collections.synchronizedMap(new WeakHashMap<>());

    TenancyDataSource(DataSource pool, CurrentTenancy tenancy) {
        this.pool = pool;
        this.tenancy = tenancy;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return acting(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return acting(pool.getConnection(username, password));
    }

    private Connection acting(Connection connection) throws SQLException {
        Connection session = connection;
        try {
            Tenancy wanted = tenancy.current();
            session = connection.unwrap(Connection.class);
            if (!wanted.equals(actingFor.get(session))) {
                actingFor.remove(session);
                actFor(connection, wanted);
                actingFor.put(session, wanted);
            }
        } catch (SQLException | RuntimeException e) {
            actingFor.remove(session);
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            connection.close();
                            return null;
                        }
                        case "equals" -> {
                            return proxy == arguments[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> {
                            // every other call goes to the pool's connection
                        }
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void actFor(Connection connection, Tenancy acting) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.rollback();
        }
        try (PreparedStatement statement = connection.prepareStatement(ACT_FOR)) {
            statement.setString(1, acting.councilsSetting());
            statement.setString(2, acting.organisationSetting());
            statement.execute();
        }
        if (!autoCommit) {
            // A session setting made inside a transaction is undone by its rollback: make it stick.
            connection.commit();
        }
    }

    @Override
    public void close() throws Exception {
        if (pool instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
