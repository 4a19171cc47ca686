package uk.homecare.portal.platform;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micronaut.transaction.TransactionOperations;

/**
 * The one way to work on every council's rows: scheduled jobs (the cascade, the hours bank, notifications,
 * e-mail, webhooks), sign-in's look-up of the councils an organisation serves, and demo seeding. Each call
 * runs its work in a transaction of its own with {@code portal.across_councils} on for that transaction only,
 * which the row-level security policies of V11 let see every council. It refuses to start inside another
 * transaction, so a request's transaction can never be widened to every council.
 */
@Singleton
public final class AcrossCouncils {

    private static final Logger LOG = LoggerFactory.getLogger(AcrossCouncils.class);

    private final TransactionOperations<Connection> transactions;
    private final Sql sql;

    AcrossCouncils(TransactionOperations<Connection> transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    /** Runs {@code work} in a new transaction across councils; {@code reason} says why it must see them all. */
    public <T> T run(String reason, Supplier<T> work) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Work across councils says why");
        }
        if (transactions.findTransactionStatus().isPresent()) {
            throw new IllegalStateException("Work across councils starts its own transaction, not inside another: " + reason);
        }
        return transactions.executeWrite(status -> {
            sql.one("select set_config('portal.across_councils', 'on', true)", row -> row.getString(1));
            LOG.debug("Across councils: {}", reason);
            return work.get();
        });
    }

    public void run(String reason, Runnable work) {
        run(reason, () -> {
            work.run();
            return null;
        });
    }
}
