package uk.homecare.portal.outcomes;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.outcomes.KpiSnapshotSummary;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.kpis.KpiFigures;
import uk.homecare.portal.platform.Sql;

/**
 * Use case: take a council's KPI snapshot of one UK calendar month, and list a council's snapshots. A snapshot is the
 * month's KPI figures as they stand when it is taken, kept as JSON (the figures' lines) and never changed: the table's
 * unique key (council, month) lets one snapshot of a council-month in, however many take it at once, and the database
 * refuses any update or delete of it (V41). A commissioner may take one on demand for an ended month; taking it again
 * answers the one already taken.
 */
@Singleton
class Snapshots {

    /** Who took a snapshot, in the audit trail, when the monthly job did. */
    static final String JOB = "monthly-kpi-snapshot";

    private static final String INSERT = """
            insert into kpi_snapshot (council_id, month, figures, taken_at, taken_by)
            select ?::uuid, ?::date, coalesce(jsonb_agg(jsonb_build_object('section', f.s, 'measure', f.m, 'by', f.b, 'group', f.g,
                                                              'value', f.v::bigint) order by f.n), '[]'::jsonb),
                   ?::timestamptz, ?::uuid
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality as f(s, m, b, g, v, n)
            on conflict (council_id, month) do nothing
            returning id, jsonb_array_length(figures) as figures""";

    private static final String SUMMARIES = """
            select s.month, s.taken_at, u.display_name as taken_by, jsonb_array_length(s.figures) as figures
              from kpi_snapshot s left join app_user u on u.id = s.taken_by
             where s.council_id = ?%s
             order by s.month desc""";

    private static final String SYSTEM_AUDIT = """
            insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
            values (?::timestamptz, ?::uuid, null, ?, 'SYSTEM', ?, 'kpi_snapshot', ?::uuid, ?::jsonb)""";

    /** A snapshot taken now, or the one already there; {@code created} when this call took it. */
    record Taken(KpiSnapshotSummary snapshot, boolean created) {}

    private final Sql sql;
    private final KpiFigures figures;
    private final AuditTrail audit;
    private final Clock clock;

    Snapshots(Sql sql, KpiFigures figures, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** A commissioner's snapshot of an ended month for their council: taken now, or the one already taken. */
    @Transactional
    Taken takeOnDemand(Actor actor, String monthText) {
        LocalDate today = UkTime.today(clock);
        YearMonth month = Months.ended("month", monthText, today);
        UUID council = actor.homeCouncil();
        Optional<Inserted> inserted = insert(council, month, today, clock.instant(), actor.id());
        inserted.ifPresent(row -> audit.record(actor, council, AuditAction.KPI_SNAPSHOT_TAKEN, "kpi_snapshot", row.id(),
                details(month, row.figures(), true)));
        return new Taken(summary(council, month).orElseThrow(), inserted.isPresent());
    }

    /**
     * The monthly job's snapshot of one council's month, in the caller's transaction (across councils): false when the
     * council already has one for the month (another node's, or an earlier run's).
     */
    boolean takeForTheJob(UUID council, YearMonth month, LocalDate today, Instant now) {
        Optional<Inserted> inserted = insert(council, month, today, now, null);
        inserted.ifPresent(row -> sql.update(SYSTEM_AUDIT, now, council, JOB, AuditAction.KPI_SNAPSHOT_TAKEN.name(), row.id(),
                "{\"month\": \"" + month + "\", \"figures\": " + row.figures() + ", \"onDemand\": false}"));
        return inserted.isPresent();
    }

    /** The caller's council's snapshots, newest month first. */
    List<KpiSnapshotSummary> list(Actor actor) {
        return sql.list(SUMMARIES.formatted(""), Snapshots::summary, actor.homeCouncil());
    }

    private Optional<KpiSnapshotSummary> summary(UUID council, YearMonth month) {
        return sql.one(SUMMARIES.formatted(" and s.month = ?"), Snapshots::summary, council, month.atDay(1));
    }

    private record Inserted(UUID id, int figures) {}

    private Optional<Inserted> insert(UUID council, YearMonth month, LocalDate today, Instant now, @Nullable UUID by) {
        List<KpiFigures.Figure> lines = figures.of(council, month.atDay(1), month.plusMonths(1).atDay(1), today);
        List<String> sections = new ArrayList<>(lines.size());
        List<String> measures = new ArrayList<>(lines.size());
        List<String> bys = new ArrayList<>(lines.size());
        List<String> groups = new ArrayList<>(lines.size());
        List<String> values = new ArrayList<>(lines.size());
        for (KpiFigures.Figure figure : lines) {
            sections.add(figure.section());
            measures.add(figure.measure());
            bys.add(figure.by());
            groups.add(figure.group());
            values.add(Long.toString(figure.value()));
        }
        return sql.one(INSERT, row -> new Inserted(Sql.uuid(row, "id"), row.getInt("figures")),
                council, month.atDay(1), now, by, sections, measures, bys, groups, values);
    }

    private static Map<String, Object> details(YearMonth month, int figures, boolean onDemand) {
        return Map.of("month", month.toString(), "figures", figures, "onDemand", onDemand);
    }

    private static KpiSnapshotSummary summary(java.sql.ResultSet row) throws java.sql.SQLException {
        return new KpiSnapshotSummary(YearMonth.from(Sql.date(row, "month")).toString(), Sql.instant(row, "taken_at"),
                row.getString("taken_by"), row.getInt("figures"));
    }
}
