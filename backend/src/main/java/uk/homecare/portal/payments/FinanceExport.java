package uk.homecare.portal.payments;

import jakarta.inject.Singleton;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * A schedule as CSV for the council's finance system (docs/payment-schedules.md): a header row, then one row per line
 * (its approved minutes, rate and amount; blank while an exception is unresolved) and one per correction. Package
 * references and ids only: no person's name or address.
 */
@Singleton
class FinanceExport {

    static final String HEADER = "schedule_id,status,provider_id,provider_name,period_start,period_end,row_type,line_id,"
            + "package_reference,visit_date,service_type,paid_minutes,rate_pence,amount_pence,exception,resolution,last_visit_date,visits";

    private final Sql sql;
    private final ScheduleReads reads;

    FinanceExport(Sql sql, ScheduleReads reads) {
        this.sql = sql;
        this.reads = reads;
    }

    String csv(UUID council, UUID scheduleId) {
        var schedule = reads.show(council, scheduleId);
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        String prefix = String.join(",", schedule.id().toString(), schedule.status().name(), schedule.providerId().toString(),
                field(schedule.providerName()), schedule.periodStart().toString(), schedule.periodEnd().toString());
        for (var line : schedule.lines()) {
            csv.append(prefix).append(",LINE,").append(line.id()).append(',').append(field(line.packageReference())).append(',')
                    .append(line.visitDate()).append(',').append(line.serviceType()).append(',')
                    .append(text(line.approvedMinutes())).append(',').append(text(line.approvedRatePence())).append(',')
                    .append(text(line.approvedAmountPence())).append(',').append(text(line.exception())).append(',')
                    .append(text(line.resolution())).append(',').append(line.lastVisitDate()).append(',').append(line.visits())
                    .append("\r\n");
        }
        for (var correction : schedule.corrections()) {
            csv.append(prefix).append(",CORRECTION,").append(correction.id()).append(",,,,,,").append(correction.amountPence())
                    .append(",,,,\r\n");
        }
        return csv.toString();
    }

    private static String text(@org.jspecify.annotations.Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** A text field quoted when it holds a comma, quote or line break; a leading formula character is neutralised. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
