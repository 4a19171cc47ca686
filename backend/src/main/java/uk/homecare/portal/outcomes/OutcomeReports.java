package uk.homecare.portal.outcomes;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.outcomes.OutcomeLine;
import uk.homecare.portal.api.outcomes.OutcomeReport;
import uk.homecare.portal.api.outcomes.OutcomeSeries;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * Use case: the outcomes report of a period of months for the caller's council, from its snapshots alone (so the figures
 * are as each month's snapshot took them, whatever changed since): every figure of the period's first snapshot against its
 * last, the headline figures month by month for the charts, and the notes on periods overlapping it.
 */
@Singleton
class OutcomeReports {

    /** The headline figures charted month by month: section, measure, and the grouping and group of the line (blank: none). */
    record Headline(String section, String measure, String by, String group, boolean line) {

        String key() {
            return OutcomeReports.key(section, measure, by, group);
        }
    }

    static final List<Headline> HEADLINES = List.of(
            new Headline("brokerage", "packages_published", "", "", false),
            new Headline("brokerage", "packages_awarded", "", "", false),
            new Headline("time_to_award", "median_minutes", "ALL", "ALL", true),
            new Headline("brokerage", "hand_backs", "", "", false));

    private static final String FIGURES = """
            select s.month, f ->> 'section' as section, f ->> 'measure' as measure, f ->> 'by' as by, f ->> 'group' as grp,
                   (f ->> 'value')::bigint as value
              from kpi_snapshot s cross join lateral jsonb_array_elements(s.figures) with ordinality as e(f, n)
             where s.council_id = ? and s.month between ?::date and ?::date
             order by s.month, e.n""";

    private record Key(String section, String measure, String by, String group) {}

    private final Sql sql;
    private final OutcomeNotes notes;
    private final Clock clock;

    OutcomeReports(Sql sql, OutcomeNotes notes, Clock clock) {
        this.sql = sql;
        this.notes = notes;
        this.clock = clock;
    }

    OutcomeReport report(Actor actor, @Nullable String fromText, @Nullable String toText) {
        Months.Period period = Months.period(fromText, toText, UkTime.today(clock));
        UUID council = actor.homeCouncil();
        NamedRef councilRef = sql.one("select id, name from council where id = ?",
                row -> new NamedRef(Sql.uuid(row, "id"), row.getString("name")), council).orElseThrow();
        Map<YearMonth, Map<String, Long>> byMonth = new TreeMap<>();
        Map<String, Key> keys = new LinkedHashMap<>();
        sql.list(FIGURES, row -> {
            YearMonth month = YearMonth.from(Sql.date(row, "month"));
            String key = key(row.getString("section"), row.getString("measure"), row.getString("by"), row.getString("grp"));
            keys.putIfAbsent(key, new Key(row.getString("section"), row.getString("measure"), row.getString("by"), row.getString("grp")));
            byMonth.computeIfAbsent(month, m -> new LinkedHashMap<>()).put(key, row.getLong("value"));
            return key;
        }, council, period.from().atDay(1), period.to().atDay(1));
        List<YearMonth> months = new ArrayList<>(byMonth.keySet());
        YearMonth first = months.isEmpty() ? null : months.getFirst();
        YearMonth last = months.isEmpty() ? null : months.getLast();
        List<OutcomeLine> lines = new ArrayList<>();
        if (first != null) {
            Map<String, Long> firstFigures = byMonth.get(first);
            Map<String, Long> lastFigures = byMonth.get(last);
            keys.forEach((key, parts) -> {
                if (firstFigures.containsKey(key) || lastFigures.containsKey(key)) {
                    Long a = firstFigures.get(key);
                    Long b = lastFigures.get(key);
                    lines.add(new OutcomeLine(parts.section(), parts.measure(), parts.by(), parts.group(), a, b,
                            a == null || b == null ? null : b - a));
                }
            });
        }
        List<OutcomeSeries> series = new ArrayList<>();
        for (Headline headline : HEADLINES) {
            series.add(new OutcomeSeries(headline.section(), headline.measure(),
                    months.stream().map(month -> byMonth.get(month).getOrDefault(headline.key(), 0L)).toList()));
        }
        return new OutcomeReport(councilRef, period.from().toString(), period.to().toString(),
                months.stream().map(YearMonth::toString).toList(), first == null ? null : first.toString(),
                last == null ? null : last.toString(), lines, series, notes.overlapping(council, period.from(), period.to()));
    }

    static String key(String section, String measure, String by, String group) {
        return section + '\u0000' + measure + '\u0000' + by + '\u0000' + group;
    }
}
