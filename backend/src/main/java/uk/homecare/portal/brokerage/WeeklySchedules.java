package uk.homecare.portal.brokerage;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.platform.Sql;

/** How a package's day-by-day schedule and matching needs are stored and read back. */
@Singleton
class WeeklySchedules {

    /** The schedule of package {@code p}, one text per visit, for {@link #schedule(ResultSet)}. */
    static final String SCHEDULE_COLUMN = """
            array(select v.day_of_week || ' ' || v.time_of_day || ' ' || v.minutes || ' ' || v.double_handed
                    from package_visit v where v.package_id = p.id) as schedule""";

    private static final Comparator<ScheduledVisit> IN_THE_WEEK =
            Comparator.comparing(ScheduledVisit::day).thenComparing(ScheduledVisit::timeOfDay);

    private final Sql sql;

    WeeklySchedules(Sql sql) {
        this.sql = sql;
    }

    /** Sets the package's schedule to {@code visits} (none: no day-by-day schedule). */
    void replace(UUID packageId, List<ScheduledVisit> visits) {
        sql.update("delete from package_visit where package_id = ?", packageId);
        if (visits.isEmpty()) {
            return;
        }
        sql.update("""
                insert into package_visit (package_id, day_of_week, time_of_day, minutes, double_handed)
                select ?, v.day, v.time_of_day, v.minutes, v.double_handed
                  from unnest(?::smallint[], string_to_array(?, ','), ?::integer[], ?::boolean[])
                       as v (day, time_of_day, minutes, double_handed)""",
                packageId, ints(visits.stream().map(v -> v.day().getValue()).toList()),
                visits.stream().map(v -> v.timeOfDay().name()).collect(Collectors.joining(",")),
                ints(visits.stream().map(ScheduledVisit::minutes).toList()),
                "{" + visits.stream().map(v -> v.doubleHanded().toString()).collect(Collectors.joining(",")) + "}");
    }

    /** Matching needs as the database stores them: names joined by commas, for {@code string_to_array(?, ',')}. */
    static String stored(Collection<MatchingNeed> needs) {
        return needs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static List<ScheduledVisit> schedule(ResultSet row) throws SQLException {
        return Arrays.stream(texts(row.getArray("schedule")))
                .map(WeeklySchedules::visit)
                .sorted(IN_THE_WEEK)
                .toList();
    }

    static List<MatchingNeed> needs(ResultSet row, String column) throws SQLException {
        Set<MatchingNeed> needs = EnumSet.noneOf(MatchingNeed.class);
        for (String name : texts(row.getArray(column))) {
            needs.add(MatchingNeed.valueOf(name));
        }
        return List.copyOf(needs);
    }

    private static ScheduledVisit visit(String stored) {
        String[] parts = stored.split(" ");
        return new ScheduledVisit(DayOfWeek.of(Integer.parseInt(parts[0])), TimeOfDay.valueOf(parts[1]),
                Integer.parseInt(parts[2]), Boolean.parseBoolean(parts[3]));
    }

    private static String[] texts(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static String ints(List<Integer> values) {
        return "{" + values.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}";
    }
}
