package uk.homecare.portal.equality;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.equality.EqualityDimension;
import uk.homecare.portal.api.equality.EqualityOperations;
import uk.homecare.portal.api.equality.EqualityReport;
import uk.homecare.portal.api.equality.EqualityRow;
import uk.homecare.portal.api.equality.EqualityTable;
import uk.homecare.portal.api.equality.Figure;
import uk.homecare.portal.api.equality.Suppression;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.HeavyReads;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: read the council's equality monitoring report, and record that it was read (an audited event, in the same
 * transaction). The cohort is the council's packages first published in the period; for each, as it stands now: its
 * person's answers (only while consented: withdrawn answers are erased), its zone's kind, the minutes from publication to
 * its first award, whether it was ever unallocated, and whether it was ever handed back. Counted here, then every count
 * column protected by {@link SmallNumbers}; a median or rate from a suppressed count is suppressed too.
 */
@Singleton
class EqualityReports {

    /** The format the report was read in, for the audit trail. */
    enum Format { JSON, CSV }

    /** One package of the cohort. */
    record Cohort(UUID person, String zoneKind, Map<EqualityDimension, String> answers, @Nullable Integer minutesToAward,
            boolean unallocated, boolean handedBack) {

        String group(EqualityDimension dimension) {
            return dimension == EqualityDimension.URBAN_RURAL ? zoneKind : answers.getOrDefault(dimension, EqualityDimension.UNKNOWN);
        }
    }

    /** A group's counts before protection. */
    static final class Counts {
        final Set<UUID> people = new HashSet<>();
        int packages;
        int awarded;
        int unallocated;
        int handedBack;
        final List<Integer> minutes = new ArrayList<>();

        void add(Cohort row) {
            people.add(row.person());
            packages++;
            if (row.minutesToAward() != null) {
                awarded++;
                minutes.add(row.minutesToAward());
            }
            unallocated += row.unallocated() ? 1 : 0;
            handedBack += row.handedBack() ? 1 : 0;
        }

        /** percentile_disc(0.5): the first time at or past half of them, sorted; null when none. */
        @Nullable Integer median() {
            if (minutes.isEmpty()) {
                return null;
            }
            List<Integer> sorted = minutes.stream().sorted().toList();
            return sorted.get((sorted.size() + 1) / 2 - 1);
        }
    }

    /** The count columns, in the row's order. */
    private enum Measure { PEOPLE, PACKAGES, AWARDED, UNALLOCATED, HANDED_BACK }

    /**
     * The cohort, its packages' history read once: the council's awards, unallocated entries and hand-backs since the
     * period began (no package of the cohort has history before its publication), by the council's own index of its
     * events, rather than three look-ups a package into every monthly partition.
     */
    private static final String COHORT = """
            with events as (
                select a.entity_id, a.action, a.occurred_at from audit_event a
                 where a.council_id = ? and a.entity_type = 'care_package'
                   and a.action in ('AWARDED', 'ENTERED_UNALLOCATED', 'HAND_BACK_GIVEN') and a.occurred_at >= ?
            ),
            history as (
                select p.id, min(ev.occurred_at) filter (where ev.action = 'AWARDED') as first_award,
                       bool_or(ev.action = 'ENTERED_UNALLOCATED') as ever_unallocated,
                       bool_or(ev.action = 'HAND_BACK_GIVEN') as ever_handed_back
                  from care_package p join events ev on ev.entity_id = p.id and ev.occurred_at >= p.published_at
                 where p.council_id = ? and p.published_at >= ? and p.published_at < ?
                 group by p.id
            )
            select p.person_id, z.kind as zone_kind, %s,
                   floor(extract(epoch from h.first_award - p.published_at) / 60)::int as minutes_to_award,
                   p.status = 'UNALLOCATED' or coalesce(h.ever_unallocated, false) as unallocated,
                   coalesce(h.ever_handed_back, false) as handed_back
              from care_package p
              join zone z on z.id = p.zone_id
              left join equality_profile e on e.person_id = p.person_id
              left join history h on h.id = p.id
             where p.council_id = ? and p.published_at >= ? and p.published_at < ?""".formatted(AnswerColumns.select("e"));

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    EqualityReports(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    EqualityReport read(Actor actor, @Nullable LocalDate from, @Nullable LocalDate to, Format format) {
        UUID council = actor.homeCouncil();
        LocalDate[] period = period(from, to, UkTime.today(clock));
        Instant start = period[0].atStartOfDay(UkTime.ZONE).toInstant();
        Instant end = period[1].atStartOfDay(UkTime.ZONE).toInstant();
        NamedRef councilRef = sql.one("select id, name from council where id = ?", row -> new NamedRef(uuid(row, "id"), row.getString("name")),
                council).orElseThrow();
        HeavyReads.planForTheParameters(sql);
        List<Cohort> cohort = sql.list(COHORT, EqualityReports::cohort, council, start, council, start, end, council, start, end);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", period[0].toString());
        details.put("to", period[1].toString());
        details.put("format", format.name());
        audit.record(actor, council, AuditAction.EQUALITY_REPORT_VIEWED, "council", council, details);
        return build(councilRef, period[0], period[1], clock.instant(), cohort);
    }

    /** The period asked for, or the 365 days up to and including today; refused (naming {@code to}) when empty or too long. */
    static LocalDate[] period(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : (from != null ? from.plusDays(EqualityOperations.DEFAULT_DAYS) : today.plusDays(1));
        LocalDate start = from != null ? from : end.minusDays(EqualityOperations.DEFAULT_DAYS);
        if (!start.isBefore(end)) {
            throw PortalProblem.invalid("to", Problems.message("kpis.period.order"));
        }
        if (ChronoUnit.DAYS.between(start, end) > EqualityOperations.MAX_DAYS) {
            throw PortalProblem.invalid("to", Problems.message("kpis.period.long", EqualityOperations.MAX_DAYS));
        }
        return new LocalDate[] {start, end};
    }

    private static Cohort cohort(ResultSet row) throws SQLException {
        Map<EqualityDimension, String> answers = new EnumMap<>(EqualityDimension.class);
        for (EqualityDimension dimension : AnswerColumns.KEYS.keySet()) {
            String code = AnswerColumns.code(row, dimension);
            if (code != null && dimension.groups().contains(code)) {
                answers.put(dimension, code);
            }
        }
        return new Cohort(uuid(row, "person_id"), row.getString("zone_kind"), answers, Sql.integer(row, "minutes_to_award"),
                row.getBoolean("unallocated"), row.getBoolean("handed_back"));
    }

    /** The report of a cohort: counted, then protected. Pure, so the tests can hand it a cohort too. */
    static EqualityReport build(NamedRef council, LocalDate from, LocalDate to, Instant asAt, List<Cohort> cohort) {
        Counts all = new Counts();
        cohort.forEach(all::add);
        Map<Measure, Boolean> populationWithheld = new EnumMap<>(Measure.class);
        List<EqualityTable> tables = new ArrayList<>();
        for (EqualityDimension dimension : EqualityDimension.values()) {
            Map<String, Counts> groups = new LinkedHashMap<>();
            dimension.groups().forEach(group -> groups.put(group, new Counts()));
            cohort.forEach(row -> groups.computeIfAbsent(row.group(dimension), group -> new Counts()).add(row));
            List<Counts> counts = List.copyOf(groups.values());
            Map<Measure, List<Figure>> columns = new EnumMap<>(Measure.class);
            for (Measure measure : Measure.values()) {
                SmallNumbers.Column column = SmallNumbers.protect(counts.stream().map(group -> count(group, measure)).toList());
                columns.put(measure, column.cells());
                if (column.totalWithheld()) {
                    populationWithheld.put(measure, true);
                }
            }
            List<EqualityRow> rows = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, Counts> group : groups.entrySet()) {
                int index = i++;
                rows.add(row(group.getKey(), group.getValue(), measure -> columns.get(measure).get(index)));
            }
            tables.add(new EqualityTable(dimension, List.copyOf(rows)));
        }
        EqualityRow population = row("ALL", all, measure -> {
            int value = count(all, measure);
            if (value < SmallNumbers.THRESHOLD) {
                return Figure.suppressed(Suppression.SMALL);
            }
            return populationWithheld.getOrDefault(measure, false) ? Figure.suppressed(Suppression.SECONDARY) : Figure.shown(value);
        });
        return new EqualityReport(council, from, to, asAt, SmallNumbers.POLICY, SmallNumbers.THRESHOLD, population, List.copyOf(tables));
    }

    private static int count(Counts counts, Measure measure) {
        return switch (measure) {
            case PEOPLE -> counts.people.size();
            case PACKAGES -> counts.packages;
            case AWARDED -> counts.awarded;
            case UNALLOCATED -> counts.unallocated;
            case HANDED_BACK -> counts.handedBack;
        };
    }

    private static EqualityRow row(String group, Counts counts, java.util.function.Function<Measure, Figure> figure) {
        Figure packages = figure.apply(Measure.PACKAGES);
        Figure awarded = figure.apply(Measure.AWARDED);
        Figure unallocated = figure.apply(Measure.UNALLOCATED);
        Integer median = counts.median();
        Figure medianFigure = awarded.withheld() ? Figure.suppressed(Suppression.DERIVED)
                : median == null ? Figure.nothing() : Figure.shown(median);
        Figure percent = packages.withheld() || unallocated.withheld() ? Figure.suppressed(Suppression.DERIVED)
                : counts.packages == 0 ? Figure.nothing() : Figure.shown((int) Math.round(100.0 * counts.unallocated / counts.packages));
        return new EqualityRow(group, figure.apply(Measure.PEOPLE), packages, awarded, medianFigure, unallocated, percent,
                figure.apply(Measure.HANDED_BACK));
    }
}
