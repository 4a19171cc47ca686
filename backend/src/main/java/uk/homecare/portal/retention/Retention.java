package uk.homecare.portal.retention;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * Removes what is past its keeping, in batches of a few thousand rows, each its own short transaction. Nodes that
 * run it at once skip each other's rows (SKIP LOCKED), so they share the work instead of waiting for each other.
 */
@Singleton
public class Retention {

    private static final String IDEMPOTENCY_KEYS = """
            delete from idempotency_key
             where (caller_id, operation, key) in (select caller_id, operation, key from idempotency_key
                                          where created_at < ?::timestamptz
                                          limit ? for update skip locked)""";

    private static final String WEBHOOK_DELIVERIES = """
            delete from webhook_delivery
             where id in (select id from webhook_delivery
                           where coalesce(delivered_at, gave_up_at) < ?::timestamptz
                           limit ? for update skip locked)""";

    private static final String ASSERTION_IDS = """
            delete from client_assertion_jti
             where (client_id, jti) in (select client_id, jti from client_assertion_jti
                                         where expires_at < ?::timestamptz
                                         limit ? for update skip locked)""";

    private static final String SIGN_IN_COUNTERS = """
            delete from sign_in_throttle
             where key in (select key from sign_in_throttle
                            where last_failure_at < ?::timestamptz and (locked_until is null or locked_until < last_failure_at + interval '1 day')
                            limit ? for update skip locked)""";

    private static final String DROP_MONTHS = "select portal.drop_partitions_before(?, ?::timestamptz)";

    /** What one run removed: rows, and whole month partitions (their names) of the tables partitioned by month. */
    public record Removed(int idempotencyKeys, int webhookDeliveries, int assertionIds, int signInCounters,
                          List<String> partitionsDropped) {}

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;
    private final RetentionSettings settings;

    Retention(Sql sql, AcrossCouncils acrossCouncils, RetentionSettings settings) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
        this.settings = settings;
    }

    /**
     * Removes everything past its keeping at {@code now}. A month of a table partitioned by month goes whole, once every
     * row in it is past keeping (V26); the rows of a month still partly kept go one by one, as before.
     */
    public Removed expire(Instant now) {
        List<String> dropped = new ArrayList<>();
        dropped.addAll(dropMonths("webhook_delivery", now.minus(settings.webhookDeliveries())));
        dropped.addAll(dropMonths("email_outbox", now.minus(settings.emails())));
        dropped.addAll(dropMonths("partner_event", now.minus(settings.partnerEvents())));
        Duration audit = settings.auditEvents();
        if (audit != null) {
            dropped.addAll(dropMonths("audit_event", now.minus(audit)));
        }
        Duration ledger = settings.hoursLedger();
        if (ledger != null) {
            dropped.addAll(dropMonths("hours_ledger", now.minus(ledger)));
        }
        return new Removed(
                inBatches(IDEMPOTENCY_KEYS, now.minus(settings.idempotencyKeys())),
                inBatches(WEBHOOK_DELIVERIES, now.minus(settings.webhookDeliveries())),
                inBatches(ASSERTION_IDS, now),
                inBatches(SIGN_IN_COUNTERS, now.minus(Duration.ofDays(1))),
                List.copyOf(dropped));
    }

    private List<String> dropMonths(String table, Instant before) {
        return acrossCouncils.run("retention drops months of every council's records past keeping",
                () -> sql.list(DROP_MONTHS, row -> row.getString(1), table, before));
    }

    private int inBatches(String delete, Instant before) {
        int total = 0;
        int removed;
        do {
            removed = acrossCouncils.run("retention removes every council's expired records",
                    () -> sql.update(delete, before, settings.batchSize()));
            total += removed;
        } while (removed == settings.batchSize());
        return total;
    }
}
