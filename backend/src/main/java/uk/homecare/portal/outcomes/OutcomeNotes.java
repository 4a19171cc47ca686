package uk.homecare.portal.outcomes;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.outcomes.OutcomeNote;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: a commissioner writes a note on the outcomes of a period of months, for the report of any period overlapping
 * it. A note is added, never changed. The audit trail records the period and the note's length, never its text; nor does
 * any log.
 */
@Singleton
class OutcomeNotes {

    private static final String NOTES = """
            select n.id, n.from_month, n.to_month, n.text, u.display_name as written_by, n.written_at
              from outcome_note n join app_user u on u.id = n.written_by
             where n.council_id = ? and n.from_month <= ?::date and n.to_month >= ?::date
             order by n.written_at, n.id""";

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    OutcomeNotes(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    OutcomeNote add(Actor actor, String fromText, String toText, String text) {
        YearMonth from = Months.parse("fromMonth", fromText);
        YearMonth to = Months.parse("toMonth", toText);
        if (from.isAfter(to)) {
            throw PortalProblem.invalid("toMonth", Problems.message("outcomes.period.order"));
        }
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw PortalProblem.invalid("text", Problems.message("outcomes.note.empty"));
        }
        UUID council = actor.homeCouncil();
        Instant now = clock.instant();
        UUID id = sql.one("""
                insert into outcome_note (council_id, from_month, to_month, text, written_by, written_at)
                values (?, ?, ?, ?, ?, ?::timestamptz) returning id""", row -> Sql.uuid(row, "id"),
                council, from.atDay(1), to.atDay(1), note, actor.id(), now).orElseThrow();
        audit.record(actor, council, AuditAction.OUTCOME_NOTE_ADDED, "outcome_note", id,
                Map.of("fromMonth", from.toString(), "toMonth", to.toString(), "length", note.length()));
        return sql.one("""
                select n.id, n.from_month, n.to_month, n.text, u.display_name as written_by, n.written_at
                  from outcome_note n join app_user u on u.id = n.written_by where n.id = ?""", OutcomeNotes::note, id).orElseThrow();
    }

    /** The council's notes on periods overlapping {@code [from, to]}, oldest first. */
    List<OutcomeNote> overlapping(UUID council, YearMonth from, YearMonth to) {
        return sql.list(NOTES, OutcomeNotes::note, council, to.atDay(1), from.atDay(1));
    }

    private static OutcomeNote note(java.sql.ResultSet row) throws java.sql.SQLException {
        return new OutcomeNote(Sql.uuid(row, "id"), YearMonth.from(Sql.date(row, "from_month")).toString(),
                YearMonth.from(Sql.date(row, "to_month")).toString(), row.getString("text"), row.getString("written_by"),
                Sql.instant(row, "written_at"));
    }
}
