package uk.homecare.portal.retention;

import jakarta.inject.Singleton;
import java.time.Instant;
import uk.homecare.portal.platform.Sql;

/**
 * Makes the month partitions of the tables partitioned by month (V26) ahead of the rows that will need them. The
 * database function does the work as the tables' owner, under an advisory lock, and skips a month that exists, so
 * several nodes may call it at once.
 */
@Singleton
public class MonthPartitions {

    /** How many months after the current one always have their partitions. */
    public static final int MONTHS_AHEAD = 3;

    private final Sql sql;

    MonthPartitions(Sql sql) {
        this.sql = sql;
    }

    /** Makes the partitions from the month of {@code now} to {@link #MONTHS_AHEAD} months after it; answers how many it made. */
    public int makeAhead(Instant now) {
        return sql.one("select portal.ensure_month_partitions(?, ?::timestamptz)", row -> row.getInt(1), MONTHS_AHEAD, now)
                .orElseThrow();
    }
}
