package uk.homecare.portal.scoring;

import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.scoring.ProviderFigures;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.platform.Sql;

/**
 * Providers' figures with one council, by calendar month (UK time), from this portal's records: offers answered and
 * accepted, awards (the council's AWARDED events, won by the round's winning offer), hand-back notices (HAND_BACK_GIVEN
 * events by the provider's staff), visit actuals recorded, late and missed, capacity weeks due and reported, and the
 * council's monitoring visits and the actions they set. Also the monitoring actions open and overdue now.
 */
@Singleton
class MonthlyFigures {

    /** A provider's month. */
    record Key(UUID provider, LocalDate month) {}

    /** A provider's month of monitoring: visits and the actions they set. */
    record Monitoring(int visits, int actions) {}

    /** A provider's monitoring actions now: open, and of those past their due date. */
    record OpenActions(int open, int overdue) {}

    private static final String MONTH_OF = "date_trunc('month', (%s) at time zone 'Europe/London')::date";

    private final Sql sql;

    MonthlyFigures(Sql sql) {
        this.sql = sql;
    }

    /** The figures of the months from {@code first} (a month's first day) up to and including today's month. */
    Map<Key, ProviderFigures> performance(UUID council, Collection<UUID> providers, LocalDate first, LocalDate today) {
        Map<Key, int[]> counts = new HashMap<>();
        if (providers.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = List.copyOf(providers);
        LocalDate end = today.withDayOfMonth(1).plusMonths(1);
        var from = first.atStartOfDay(UkTime.ZONE).toInstant();
        var to = end.atStartOfDay(UkTime.ZONE).toInstant();
        String answeredAt = "coalesce(o.responded_at, o.window_ends_at)";
        sql.list("""
                select o.provider_id, %s as month, count(*) as answered,
                       count(*) filter (where o.response in ('ACCEPTED', 'BID', 'WON', 'LOST')) as accepted
                  from offer o join care_package p on p.id = o.package_id
                 where p.council_id = ? and o.provider_id = any(?)
                   and o.response in ('ACCEPTED', 'BID', 'WON', 'LOST', 'DECLINED', 'LAPSED')
                   and %s >= ? and %s < ?
                 group by 1, 2""".formatted(MONTH_OF.formatted(answeredAt), answeredAt, answeredAt),
                row -> add(counts, row, 0, "answered", "accepted"), council, ids, from, to);
        sql.list("""
                select w.provider_id, %s as month, count(*) as awards
                  from audit_event a
                  join lateral (select o.provider_id from offer o
                                 where o.package_id = a.entity_id and o.response = 'WON' and o.offered_at <= a.occurred_at
                                 order by o.round desc limit 1) w on true
                 where a.council_id = ? and a.entity_type = 'care_package' and a.action = 'AWARDED'
                   and a.occurred_at >= ? and a.occurred_at < ? and w.provider_id = any(?)
                 group by 1, 2""".formatted(MONTH_OF.formatted("a.occurred_at")),
                row -> add(counts, row, 2, "awards"), council, from, to, ids);
        sql.list("""
                select u.organisation_id as provider_id, %s as month, count(*) as hand_backs
                  from audit_event a join app_user u on u.id = a.actor_id
                 where a.council_id = ? and a.entity_type = 'care_package' and a.action = 'HAND_BACK_GIVEN'
                   and a.occurred_at >= ? and a.occurred_at < ? and u.organisation_id = any(?)
                 group by 1, 2""".formatted(MONTH_OF.formatted("a.occurred_at")),
                row -> add(counts, row, 3, "hand_backs"), council, from, to, ids);
        sql.list("""
                select va.provider_id, date_trunc('month', va.visit_date)::date as month, count(*) as recorded,
                       count(*) filter (where not va.missed
                                          and extract(epoch from (va.actual_start - va.planned_start)) > ? * 60) as late,
                       count(*) filter (where va.missed) as missed
                  from visit_actual va
                 where va.council_id = ? and va.provider_id = any(?) and va.visit_date >= ? and va.visit_date < ?
                 group by 1, 2""",
                row -> add(counts, row, 4, "recorded", "late", "missed"), VisitForm.TOLERANCE_MINUTES, council, ids, first, end);
        LocalDate firstMonday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!lastMonday.isBefore(firstMonday)) {
            sql.list("""
                    select oc.organisation_id as provider_id, date_trunc('month', w.monday)::date as month, count(*) as due,
                           count(*) filter (where exists (select 1 from capacity_report r
                                                           where r.provider_id = oc.organisation_id and r.council_id = oc.council_id
                                                             and r.week_starts = w.monday)) as reported
                      from (select generate_series(?::date, ?::date, interval '7 days')::date as monday) w
                      join organisation_council oc on oc.council_id = ? and oc.organisation_id = any(?)
                           and oc.since <= w.monday + 6 and (oc.until is null or oc.until >= w.monday)
                     group by 1, 2""",
                    row -> add(counts, row, 7, "due", "reported"), firstMonday, lastMonday, council, ids);
        }
        Map<Key, ProviderFigures> figures = new HashMap<>();
        counts.forEach((key, c) -> figures.put(key, new ProviderFigures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8])));
        return figures;
    }

    /** The council's monitoring visits to the providers in the months from {@code first} up to and including today's month. */
    Map<Key, Monitoring> monitoring(UUID council, Collection<UUID> providers, LocalDate first, LocalDate today) {
        Map<Key, Monitoring> monitoring = new HashMap<>();
        if (providers.isEmpty()) {
            return monitoring;
        }
        sql.list("""
                select v.provider_id, date_trunc('month', v.visited_on)::date as month, count(distinct v.id) as visits,
                       count(a.id) as actions
                  from monitoring_visit v left join monitoring_action a on a.visit_id = v.id
                 where v.council_id = ? and v.provider_id = any(?) and v.visited_on >= ? and v.visited_on < ?
                 group by 1, 2""",
                row -> monitoring.put(new Key(Sql.uuid(row, "provider_id"), Sql.date(row, "month")),
                        new Monitoring(row.getInt("visits"), row.getInt("actions"))),
                council, List.copyOf(providers), first, today.withDayOfMonth(1).plusMonths(1));
        return monitoring;
    }

    /** The council's monitoring actions to the providers not yet done, and those of them past their due date on {@code today}. */
    Map<UUID, OpenActions> openActions(UUID council, Collection<UUID> providers, LocalDate today) {
        Map<UUID, OpenActions> open = new HashMap<>();
        if (providers.isEmpty()) {
            return open;
        }
        sql.list("""
                select v.provider_id, count(*) as open, count(*) filter (where a.due_on < ?) as overdue
                  from monitoring_action a join monitoring_visit v on v.id = a.visit_id
                 where v.council_id = ? and v.provider_id = any(?) and a.status = 'OPEN'
                 group by 1""",
                row -> open.put(Sql.uuid(row, "provider_id"), new OpenActions(row.getInt("open"), row.getInt("overdue"))),
                today, council, List.copyOf(providers));
        return open;
    }

    private static int[] add(Map<Key, int[]> counts, java.sql.ResultSet row, int offset, String... columns) throws java.sql.SQLException {
        int[] c = counts.computeIfAbsent(new Key(Sql.uuid(row, "provider_id"), Sql.date(row, "month")), key -> new int[9]);
        for (int i = 0; i < columns.length; i++) {
            c[offset + i] += row.getInt(columns[i]);
        }
        return c;
    }
}
