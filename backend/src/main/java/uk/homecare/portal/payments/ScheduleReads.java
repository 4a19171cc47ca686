package uk.homecare.portal.payments;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.payments.PaymentCorrection;
import uk.homecare.portal.api.payments.PaymentException;
import uk.homecare.portal.api.payments.PaymentLine;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleAction;
import uk.homecare.portal.api.payments.PaymentStatus;
import uk.homecare.portal.api.payments.RateSource;
import uk.homecare.portal.api.payments.Resolution;
import uk.homecare.portal.api.reference.ServiceType;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** Reads a council's payment schedules: the list (headers and totals), and one with its lines and corrections. */
@Singleton
class ScheduleReads {

    /** A schedule's header with its counts and totals; the lines' total is the sum of their approved amounts. */
    static final String HEADERS = """
            select s.id, s.council_id, s.provider_id, o.name as provider_name, s.period_start, s.period_end, s.status, s.built_at,
                   s.finalised_at, s.lines_total_pence as final_lines_total,
                   (select count(*) from payment_line l where l.schedule_id = s.id) as line_count,
                   (select count(*) from payment_line l where l.schedule_id = s.id and l.exception is not null
                                                           and l.resolution is null) as open_exceptions,
                   (select coalesce(sum(l.approved_amount_pence), 0) from payment_line l where l.schedule_id = s.id) as lines_total,
                   (select coalesce(sum(c.amount_pence), 0) from payment_correction c where c.schedule_id = s.id) as corrections_total
              from payment_schedule s join organisation o on o.id = s.provider_id
            """;

    static final String LINES = """
            select l.*, p.reference from payment_line l join care_package p on p.id = l.package_id
             where l.schedule_id = ? order by l.visit_date, p.reference, l.id""";

    static final String CORRECTIONS = """
            select id, amount_pence, reason, recorded_at from payment_correction where schedule_id = ? order by recorded_at, id""";

    private final Sql sql;

    ScheduleReads(Sql sql) {
        this.sql = sql;
    }

    List<PaymentSchedule> list(UUID council) {
        return sql.list(HEADERS + " where s.council_id = ? order by s.period_start desc, o.name, s.id",
                row -> header(row, List.of(), List.of()), council);
    }

    /** The council's schedules of these ids (without their lines), by provider name. */
    List<PaymentSchedule> list(UUID council, List<UUID> ids) {
        return sql.list(HEADERS + " where s.council_id = ? and s.id = any(?::uuid[]) order by o.name, s.id",
                row -> header(row, List.of(), List.of()), council, ids);
    }

    /** The council's schedules overlapping the 28 days from {@code start}, except those of these ids, by provider name. */
    List<PaymentSchedule> overlapping(UUID council, LocalDate start, List<UUID> except) {
        return sql.list(HEADERS + """
                 where s.council_id = ? and s.period_start <= ?::date + 27 and ?::date <= s.period_end
                   and not (s.id = any(?::uuid[])) order by o.name, s.id""",
                row -> header(row, List.of(), List.of()), council, start, start, except);
    }

    PaymentSchedule show(UUID council, UUID id) {
        List<PaymentLine> lines = sql.list(LINES, ScheduleReads::line, id);
        List<PaymentCorrection> corrections = sql.list(CORRECTIONS, ScheduleReads::correction, id);
        return sql.one(HEADERS + " where s.council_id = ? and s.id = ?", row -> header(row, lines, corrections), council, id)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("payments.schedule.not-found")));
    }

    private static PaymentSchedule header(ResultSet row, List<PaymentLine> lines, List<PaymentCorrection> corrections)
            throws SQLException {
        PaymentStatus status = PaymentStatus.valueOf(row.getString("status"));
        int open = row.getInt("open_exceptions");
        int lineCount = row.getInt("line_count");
        long linesTotal = row.getLong("lines_total");
        long correctionsTotal = row.getLong("corrections_total");
        List<PaymentScheduleAction> actions = new ArrayList<>();
        if (status == PaymentStatus.DRAFT) {
            actions.add(PaymentScheduleAction.RESOLVE_EXCEPTIONS);
            if (open == 0) {
                actions.add(PaymentScheduleAction.FINALISE);
            }
        } else {
            actions.add(PaymentScheduleAction.ADD_CORRECTION);
        }
        return new PaymentSchedule(Sql.uuid(row, "id"), Sql.uuid(row, "provider_id"), row.getString("provider_name"),
                Sql.date(row, "period_start"), Sql.date(row, "period_end"), status, lineCount, open, linesTotal, correctionsTotal,
                linesTotal + correctionsTotal, Sql.instant(row, "built_at"), Sql.instant(row, "finalised_at"), lines, corrections,
                List.copyOf(actions));
    }

    static PaymentLine line(ResultSet row) throws SQLException {
        String source = row.getString("rate_source");
        String exception = row.getString("exception");
        String resolution = row.getString("resolution");
        long approved = row.getLong("approved_amount_pence");
        Long approvedAmount = row.wasNull() ? null : approved;
        return new PaymentLine(Sql.uuid(row, "id"), Sql.uuid(row, "visit_id"), row.getString("reference"), Sql.date(row, "visit_date"),
                Sql.date(row, "last_visit_date"), row.getInt("visits"),
                row.getInt("planned_minutes"), row.getInt("actual_minutes"), row.getInt("carers_present"),
                row.getInt("carers_commissioned"), row.getBoolean("missed"), ServiceType.valueOf(row.getString("service_type")),
                source == null ? null : RateSource.valueOf(source), Sql.integer(row, "rate_pence"), row.getInt("paid_minutes"),
                row.getLong("amount_pence"), exception == null ? null : PaymentException.valueOf(exception),
                resolution == null ? null : Resolution.valueOf(resolution), Sql.integer(row, "approved_minutes"),
                Sql.integer(row, "approved_rate_pence"), approvedAmount, row.getString("resolution_reason"));
    }

    static PaymentCorrection correction(ResultSet row) throws SQLException {
        return new PaymentCorrection(Sql.uuid(row, "id"), row.getLong("amount_pence"), row.getString("reason"),
                Sql.instant(row, "recorded_at"));
    }
}
