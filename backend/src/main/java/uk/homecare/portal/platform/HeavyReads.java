package uk.homecare.portal.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one seam through which the heavy reads (the market view and market health, a person's statement) may go to
 * a read replica: a PostgreSQL hot standby streaming from the primary, at {@code PORTAL_REPLICA_URL}. Without
 * one, every read runs on the primary exactly as before. Everything else (writes, a person's balance and bookings,
 * every read inside a transaction that writes) never comes here and stays on the primary.
 *
 * <p>How fresh a read must be is said by the caller ({@link Freshness}):
 * <ul>
 * <li>{@link Freshness#MAY_LAG}: the replica as it is, behind the primary by its replay lag (the market view);</li>
 * <li>{@link Freshness#CURRENT}: the replica only once it has replayed everything the primary had committed when
 * the read began (its WAL insert position), waiting at most {@code portal.replica.wait-for-replay}; else the
 * primary. Such a read sees every write that was visible on the primary when it started, the caller's own
 * included, so a lagging replica never shows a person a stale balance.</li>
 * </ul>
 *
 * <p>The replica's pool is this class's own, with the primary pool's settings (role {@code portal_app}, statement
 * timeout, connection timeout) and the same tenancy ({@link TenancyDataSource}: row-level security works on a
 * standby as on the primary). It is deliberately no {@link DataSource} bean: the health check, the transaction
 * manager and Flyway know only the primary, so a replica that is down takes no node out of service. A read the
 * replica cannot serve (down, cancelled by recovery) is read again on the primary, and so is every heavy read for
 * {@code portal.replica.rest-after-failure} after it (30 s), so that a replica that is down costs one connection timeout
 * in that time, not one a read.
 *
 * <p>A heavy read asked for inside a transaction (a job's, across councils, or one that writes) is that transaction's:
 * it runs on the primary, seeing what the transaction sees. Otherwise it runs in a transaction of its own, planned for
 * its parameters each time ({@code plan_cache_mode = force_custom_plan}): an aggregate over one council's year planned
 * once for any period and council (PostgreSQL's generic plan after a few executions of a prepared statement) was about
 * five times slower (bench/kpis).
 */
@Singleton
public final class HeavyReads implements AutoCloseable {

    /** How fresh a heavy read must be. */
    public enum Freshness {
        /** May be as old as the replica's replay lag: aggregates no one acts on at once (the market view). */
        MAY_LAG,
        /** Must see everything committed on the primary before the read began (anything with a balance). */
        CURRENT
    }

    /** Where a heavy read was served: the test that proves the split reads it from the log at DEBUG. */
    enum Served { PRIMARY, REPLICA }

    private static final Logger LOG = LoggerFactory.getLogger(HeavyReads.class);
    private static final int REPLAY_POLL_MILLIS = 5;

    /**
     * Where the primary's next WAL record will go: every commit visible on the primary is before it, even one whose
     * WAL is not yet flushed ({@code synchronous_commit = off}), which the write or flush position would miss. When
     * the last record ended at the end of a page, the position is past the next page's header, where no record ends;
     * it is taken back to the page's start (24 bytes; 40 at the start of a segment), so that a replica that has
     * replayed everything counts as caught up on an idle primary.
     */
    private static final String PRIMARY_POSITION = """
            select (case when mod(b, 8192) = 24 then p - 24
                         when mod(b, (select setting::numeric from pg_settings where name = 'wal_segment_size')) = 40 then p - 40
                         else p end)::text
              from (select p, p - '0/0'::pg_lsn as b from (select pg_current_wal_insert_lsn() as p) position) bytes""";

    private static final String PLAN_FOR_THE_PARAMETERS = "set local plan_cache_mode = force_custom_plan";

    private final Sql primary;
    private final TransactionOperations<Connection> transactions;
    private final @Nullable TenancyDataSource replica;
    private final int replayPolls;
    private final Clock clock;
    private final Duration restAfterFailure;
    /** When the replica last failed a read; until {@link #restAfterFailure} later, the primary serves every heavy read. */
    private volatile @Nullable Instant failedAt;

    HeavyReads(Sql primary, TransactionOperations<Connection> transactions, BeanProvider<CurrentTenancy> tenancy,
            @Named("default") DatasourceConfiguration primarySettings,
            @Property(name = "portal.replica.url") @Nullable String url,
            @Property(name = "portal.replica.username") @Nullable String username,
            @Property(name = "portal.replica.password") @Nullable String password,
            @Property(name = "portal.replica.wait-for-replay", defaultValue = "100ms") Duration waitForReplay,
            @Property(name = "portal.replica.rest-after-failure", defaultValue = "30s") Duration restAfterFailure,
            Clock clock) {
        this.primary = primary;
        this.transactions = transactions;
        this.clock = clock;
        this.restAfterFailure = restAfterFailure;
        this.replayPolls = (int) Math.max(0, waitForReplay.toMillis() / REPLAY_POLL_MILLIS);
        if (url == null || url.isBlank()) {
            this.replica = null;
        } else {
            HikariConfig config = new HikariConfig();
            primarySettings.copyStateTo(config);
            config.setPoolName("replica");
            config.setJdbcUrl(url);
            if (username != null && !username.isBlank()) {
                config.setUsername(username);
                config.setPassword(password);
            }
            config.setReadOnly(true);
            // A replica not there at start-up must not stop the portal: the reads go to the primary meanwhile.
            config.setInitializationFailTimeout(-1);
            this.replica = new TenancyDataSource(new HikariDataSource(config),
                    () -> tenancy.find(null).map(CurrentTenancy::current).orElse(Tenancy.NONE));
            LOG.info("Heavy reads may go to the read replica");
        }
    }

    /**
     * Plans the rest of the caller's transaction's statements for their parameters each time, as a heavy read of its own
     * is: for a heavy read that must be part of a transaction that writes (a report whose reading is audited).
     */
    public static void planForTheParameters(Sql transaction) {
        transaction.update(PLAN_FOR_THE_PARAMETERS);
    }

    /** Whether a replica is configured at all. */
    public boolean hasReplica() {
        return replica != null;
    }

    /**
     * Runs {@code work}, a read only, on the replica when it is fresh enough, else on the primary. On the replica the
     * work runs in one read-only repeatable-read transaction, so all its statements see one moment.
     */
    public <T> T read(Freshness freshness, Function<Sql, T> work) {
        Instant failed = failedAt;
        if (transactions.findTransactionStatus().isPresent()) {
            return work.apply(primary);
        }
        if (replica == null) {
            return onPrimary(work);
        }
        if (failed != null && clock.instant().isBefore(failed.plus(restAfterFailure))) {
            LOG.debug("Heavy read served by {}: the replica failed at {}", Served.PRIMARY, failed);
            return onPrimary(work);
        }
        String primaryPosition = freshness == Freshness.CURRENT ? primary.one(PRIMARY_POSITION, row -> row.getString(1)).orElseThrow() : null;
        try (Connection connection = replica.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            if (primaryPosition != null && !replayed(connection, primaryPosition)) {
                connection.rollback();
                LOG.debug("Heavy read served by {}: the replica has not yet replayed the primary's position", Served.PRIMARY);
                return onPrimary(work);
            }
            try (PreparedStatement plan = connection.prepareStatement(PLAN_FOR_THE_PARAMETERS)) {
                plan.execute();
            }
            T result = work.apply(Sql.on(connection));
            connection.commit();
            failedAt = null;
            LOG.debug("Heavy read served by {}", Served.REPLICA);
            return result;
        } catch (SQLException | RuntimeException e) {
            if (!(e instanceof SQLException) && !(e.getCause() instanceof SQLException)) {
                throw (RuntimeException) e; // the work's own answer (a problem, a refusal), not the replica's failure
            }
            failedAt = clock.instant();
            LOG.warn("The read replica could not serve a heavy read; the primary serves it, and the heavy reads of the next {}: {}",
                    restAfterFailure, Failures.describe(e));
            return onPrimary(work);
        }
    }

    /** The read on the primary, in a read-only transaction of its own planned for its parameters. */
    private <T> T onPrimary(Function<Sql, T> work) {
        return transactions.executeRead(status -> {
            planForTheParameters(primary);
            return work.apply(primary);
        });
    }

    /**
     * Whether the replica, still a standby, has replayed the primary's WAL up to {@code position}, waiting for it a
     * little. The check is the transaction's first statement, so its snapshot, taken then, holds everything replayed
     * by then. A standby that was promoted has stopped replaying this primary: it never counts as caught up.
     */
    private boolean replayed(Connection connection, String position) throws SQLException {
        for (int poll = 0; ; poll++) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select pg_is_in_recovery() and coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false)")) {
                statement.setString(1, position);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return true;
                    }
                }
            }
            if (poll >= replayPolls) {
                return false;
            }
            // Not yet: end this transaction, so that the next check takes a new snapshot, and wait a little.
            connection.rollback();
            try {
                Thread.sleep(REPLAY_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @PreDestroy
    @Override
    public void close() throws Exception {
        if (replica != null) {
            replica.close();
        }
    }
}
