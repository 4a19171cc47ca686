package uk.homecare.portal.visits;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.api.visits.VisitSource;
import uk.homecare.portal.hoursbank.Deliveries;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Writes visits: all of them in one statement (arrays unnested, not a round trip per row), each visit of an
 * hours-bank session first delivering its booking (the plan's lock makes a booking named twice deliver once) through hoursbank's one delivery use case. Runs inside its caller's
 * transaction: a visit already recorded, or a delivery refused, leaves the caller to roll everything back.
 */
@Singleton
class VisitStore {

    /** Visits of a batch that could not be written, by their line: already recorded, or their booking refused. */
    static final class Refused extends RuntimeException {
        final transient List<LineRefusal> lines;

        Refused(List<LineRefusal> lines) {
            super("visits refused", null, false, false);
            this.lines = List.copyOf(lines);
        }
    }

    /** One line's refusal, with its message already worded. */
    record LineRefusal(int line, VisitField field, String message) {}

    private static final String INSERT = """
            insert into visit_actual (council_id, package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes,
                                      actual_start, actual_end, actual_minutes, carers_present, missed, variance_reason, variance_note,
                                      booking_id, source, import_id, recorded_by, recorded_at)
            select v.council::uuid, v.package::uuid, ?::uuid, v.day::date, v.planned_start::time, v.planned_end::time, v.planned::integer,
                   v.actual_start::time, v.actual_end::time, v.actual::integer, v.carers::integer, v.missed::boolean, v.reason,
                   v.note, v.booking::uuid, ?::text, ?::uuid, ?::text, ?::timestamptz
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as v(council, package, day, planned_start, planned_end, planned, actual_start, actual_end, actual, carers, missed,
                        reason, note, booking)
            on conflict do nothing
            returning package_id, visit_date, planned_start""";

    private final Sql sql;
    private final Deliveries deliveries;

    VisitStore(Sql sql, Deliveries deliveries) {
        this.sql = sql;
        this.deliveries = deliveries;
    }

    /** Writes every visit, or throws {@link Refused} naming those already recorded or whose delivery was refused. */
    void write(Actor actor, List<VisitLine> visits, VisitSource source, @Nullable UUID importId, Instant now) {
        for (VisitLine visit : visits) {
            if (visit.bookingId() != null) {
                try {
                    deliveries.recordDelivery(actor, visit.bookingId(), new DeliveryForm(visit.actualMinutes()));
                } catch (PortalProblem refused) {
                    throw new Refused(List.of(new LineRefusal(visit.line(), VisitField.BOOKING, refused.getMessage())));
                }
            }
        }
        int n = visits.size();
        String[][] columns = new String[14][n];
        for (int i = 0; i < n; i++) {
            VisitLine v = visits.get(i);
            String[] values = {v.held().councilId().toString(), v.held().id().toString(), v.visitDate().toString(),
                    v.plannedStart().toString(), v.plannedEnd().toString(), Integer.toString(v.plannedMinutes()),
                    text(v.actualStart()), text(v.actualEnd()), Integer.toString(v.actualMinutes()),
                    Integer.toString(v.carersPresent()), Boolean.toString(v.missed()),
                    v.reason() == null ? null : v.reason().name(), v.note(), v.bookingId() == null ? null : v.bookingId().toString()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        List<VisitLine.VisitKey> written = sql.list(INSERT,
                row -> new VisitLine.VisitKey(Sql.uuid(row, "package_id"), Sql.date(row, "visit_date"),
                        row.getObject("planned_start", LocalTime.class)),
                actor.homeOrganisation(), source, importId, actor.username(), now,
                columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7], columns[8],
                columns[9], columns[10], columns[11], columns[12], columns[13]);
        if (written.size() < n) {
            Set<VisitLine.VisitKey> writtenKeys = new HashSet<>(written);
            String already = Problems.message("visits.duplicate");
            throw new Refused(visits.stream().filter(v -> !writtenKeys.contains(v.key()))
                    .map(v -> new LineRefusal(v.line(), VisitField.PLANNED_START, already)).toList());
        }
    }

    private static @Nullable String text(@Nullable LocalTime time) {
        return time == null ? null : time.toString();
    }

}
