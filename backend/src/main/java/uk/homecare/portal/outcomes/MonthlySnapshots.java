package uk.homecare.portal.outcomes;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Failures;
import uk.homecare.portal.platform.Sql;

/**
 * Use case: snapshot every council's KPIs for the month just ended (UK time), once. Each council is taken in a transaction
 * of its own, under a transaction-scoped advisory lock of its council-month: a node that finds another holding it moves on
 * (the other is taking it), and the table's unique key (council, month) lets one snapshot in even if two nodes took the
 * same council-month one after the other. One council's failure leaves the others' snapshots standing; it is tried again
 * on the next run.
 */
@Singleton
class MonthlySnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlySnapshots.class);

    private static final String DUE = """
            select c.id from council c
             where not exists (select 1 from kpi_snapshot s where s.council_id = c.id and s.month = ?::date)
             order by c.id""";

    private static final String LEASE = "select pg_try_advisory_xact_lock(hashtextextended('kpi_snapshot:' || ?::text || ':' || ?::text, 0))";

    /** What one run did: the month, snapshots taken, and councils left for another node or the next run. */
    record Run(YearMonth month, int taken, int skipped) {}

    private final AcrossCouncils acrossCouncils;
    private final Sql sql;
    private final Snapshots snapshots;

    MonthlySnapshots(AcrossCouncils acrossCouncils, Sql sql, Snapshots snapshots) {
        this.acrossCouncils = acrossCouncils;
        this.sql = sql;
        this.snapshots = snapshots;
    }

    /** Takes the month just ended on {@code today} for every council that has no snapshot of it. */
    Run takeDue(LocalDate today, Instant now) {
        YearMonth month = Months.justEnded(today);
        List<UUID> councils = acrossCouncils.run("monthly KPI snapshots: the councils without one for the month just ended",
                () -> sql.list(DUE, row -> Sql.uuid(row, "id"), month.atDay(1)));
        int taken = 0;
        int skipped = 0;
        for (UUID council : councils) {
            try {
                boolean took = acrossCouncils.run("monthly KPI snapshot of one council", () ->
                        sql.one(LEASE, row -> row.getBoolean(1), council, month.toString()).orElse(false)
                                && snapshots.takeForTheJob(council, month, today, now));
                if (took) {
                    taken++;
                } else {
                    skipped++;
                }
            } catch (RuntimeException e) {
                skipped++;
                LOG.warn("KPI snapshot of council {} for {} failed; it is tried again next run: {}", council, month, Failures.describe(e));
            }
        }
        return new Run(month, taken, skipped);
    }
}
