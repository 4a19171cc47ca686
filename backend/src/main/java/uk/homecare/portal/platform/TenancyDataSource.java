package uk.homecare.portal.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The application's pool, telling PostgreSQL whom each connection acts for as it is handed out, and
 * forgetting it as it goes back. Every transaction and every read outside one takes its connection here,
 * so no service can forget; the row-level security policies of V11 read the settings.
 *
 * <p>The settings are the session's, not the transaction's: a read outside any transaction runs in
 * autocommit, where a transaction-local setting would end with its own statement. The pool holds one
 * connection per transaction or read, so set on check-out and cleared on return they last exactly as long.
 * Work across councils adds its own transaction-local setting ({@link AcrossCouncils}).
 */
final class TenancyDataSource implements DataSource, AutoCloseable {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(TenancyDataSource.class);
    private static final String ACT_FOR = """
            select set_config('portal.councils', ?, false), set_config('portal.organisation', ?, false),
                   set_config('portal.across_councils', 'off', false)""";

    private final DataSource pool;
    private final CurrentTenancy tenancy;

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
        try {
            actFor(connection, tenancy.current());
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            giveBack(connection);
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

    /** Clears the settings before the connection goes back; one that cannot be cleared leaves the pool. */
    private void giveBack(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try {
            actFor(connection, Tenancy.NONE);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("A connection whose tenancy could not be cleared is taken out of the pool: {}", Failures.describe(e));
            discard(connection);
            return;
        }
        connection.close();
    }

    private void discard(Connection connection) throws SQLException {
        if (pool.isWrapperFor(HikariDataSource.class)) {
            pool.unwrap(HikariDataSource.class).evictConnection(connection);
        } else {
            connection.abort(Runnable::run);
            connection.close();
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
