package uk.homecare.portal.platform.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means PostgreSQL is out of reach or going away for the moment, rather than a fault of the
 * portal: no connection within the pool's timeout, a connection that could not be opened or set up for the request
 * (Micronaut Data says so with its own exceptions, whatever the driver's message), a connection refused or broken, the server shutting down or
 * starting up, or a statement stopped by the statement timeout. Such a request is answered 503 with Retry-After,
 * and the portal recovers by itself once the database answers again (the pool opens new connections on demand).
 */
final class DatabaseOutage {

    /** SQLSTATE class 08 (connection exception) and these: admin_shutdown, crash_shutdown, cannot_connect_now, query_canceled. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014");

    private DatabaseOutage() {}

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof ConnectionException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
