package uk.homecare.portal.payments;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.payments.PaymentCorrection;
import uk.homecare.portal.api.payments.PaymentException;
import uk.homecare.portal.api.payments.Remittance;
import uk.homecare.portal.api.payments.RemittanceLine;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * What a provider sees of the councils' payment schedules for it: the FINAL ones only, as remittances (never a draft,
 * never another provider's), among the councils it works with (row-level security keeps to those).
 */
@Singleton
class Remittances {

    private static final String HEADERS = """
            select s.id, s.council_id, c.name as council_name, s.period_start, s.period_end, s.finalised_at,
                   s.lines_total_pence,
                   (select count(*) from payment_line l where l.schedule_id = s.id) as line_count,
                   (select coalesce(sum(k.amount_pence), 0) from payment_correction k where k.schedule_id = s.id) as corrections_total
              from payment_schedule s join council c on c.id = s.council_id
             where s.provider_id = ? and s.status = 'FINAL'
            """;

    private static final String LINES = """
            select p.reference, l.visit_date, l.last_visit_date, l.visits, l.approved_minutes, l.approved_rate_pence,
                   l.approved_amount_pence, l.exception,
                   l.resolution_reason
              from payment_line l join care_package p on p.id = l.package_id
             where l.schedule_id = ? order by l.visit_date, p.reference, l.id""";

    private final Sql sql;

    Remittances(Sql sql) {
        this.sql = sql;
    }

    List<Remittance> list(Actor actor) {
        return sql.list(HEADERS + " order by s.period_start desc, c.name, s.id", row -> remittance(row, List.of(), List.of()),
                actor.homeOrganisation());
    }

    Remittance show(Actor actor, UUID id) {
        UUID provider = actor.homeOrganisation();
        boolean visible = sql.one("select 1 from payment_schedule where id = ? and provider_id = ? and status = 'FINAL'", row -> true,
                id, provider).isPresent();
        if (!visible) {
            throw PortalProblem.notFound(Problems.message("payments.remittance.not-found"));
        }
        List<RemittanceLine> lines = sql.list(LINES, Remittances::line, id);
        List<PaymentCorrection> corrections = sql.list(ScheduleReads.CORRECTIONS, ScheduleReads::correction, id);
        return sql.one(HEADERS + " and s.id = ?", row -> remittance(row, lines, corrections), provider, id).orElseThrow();
    }

    private static Remittance remittance(ResultSet row, List<RemittanceLine> lines, List<PaymentCorrection> corrections)
            throws SQLException {
        long linesTotal = row.getLong("lines_total_pence");
        long correctionsTotal = row.getLong("corrections_total");
        return new Remittance(Sql.uuid(row, "id"), Sql.uuid(row, "council_id"), row.getString("council_name"),
                Sql.date(row, "period_start"), Sql.date(row, "period_end"), linesTotal, correctionsTotal, linesTotal + correctionsTotal,
                Sql.instant(row, "finalised_at"), row.getInt("line_count"), lines, corrections);
    }

    private static RemittanceLine line(ResultSet row) throws SQLException {
        String exception = row.getString("exception");
        return new RemittanceLine(row.getString("reference"), Sql.date(row, "visit_date"), Sql.date(row, "last_visit_date"),
                row.getInt("visits"), row.getInt("approved_minutes"),
                Sql.integer(row, "approved_rate_pence"), row.getLong("approved_amount_pence"),
                exception == null ? null : PaymentException.valueOf(exception), row.getString("resolution_reason"));
    }
}
