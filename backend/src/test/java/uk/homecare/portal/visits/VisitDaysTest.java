package uk.homecare.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.VisitForm;

/**
 * The KPIs read visit actuals from their daily sums ({@code visit_actual_day}, V43): whatever is recorded, by hand or by
 * file, one at a time or racing, changed or deleted, and whatever happens to the package's zone, lot or urgency, the sums
 * are exactly the sums of the visits, in the same transaction.
 */
@MicronautTest(transactional = false)
class VisitDaysTest extends VisitsTest {

    /** Rows of the visits summed by day as the KPIs need them, that the daily sums do not hold, and the other way round. */
    private static final String DIFFERENCES = """
            with visits as (
                select v.council_id, v.visit_date, v.provider_id, p.zone_id, p.lot_id, p.urgency, count(*)::int as visits,
                       (count(*) filter (where v.missed))::int as missed, sum(v.planned_minutes)::bigint as planned,
                       sum(v.actual_minutes)::bigint as actual,
                       (count(*) filter (where not v.missed and v.planned_minutes < 30))::int as planned_under_30,
                       (count(*) filter (where not v.missed and v.actual_minutes < 30))::int as actual_under_30
                  from visit_actual v join care_package p on p.id = v.package_id
                 group by 1, 2, 3, 4, 5, 6
            ),
            days as (
                select council_id, visit_date, provider_id, zone_id, lot_id, urgency, visits, missed, planned_minutes, actual_minutes,
                       attended_planned_under_30, attended_actual_under_30
                  from visit_actual_day
            )
            select (select count(*) from (select * from visits except select * from days) a)
                   + (select count(*) from (select * from days except select * from visits) b)""";

    /** A zone of Bridgend's of the test's own, so that the sums of its days are the test's visits alone. */
    private UUID zoneOfItsOwn() {
        return id("insert into zone (council_id, code, name, kind) values (?, ?, 'Visit days', 'URBAN') returning id",
                council("bridgend"), "VD" + UUID.randomUUID().toString().substring(0, 6));
    }

    /** A package held by Bridgend's demo provider, in {@code zone}. */
    private Held heldIn(UUID zone) {
        Held held = heldPackage();
        execute("update care_package set zone_id = ? where id = ?", zone, held.id());
        return held;
    }

    @Test
    void visits_recorded_by_hand_and_by_file_are_summed_by_their_day_provider_zone_lot_and_urgency() {
        UUID zone = zoneOfItsOwn();
        Held held = heldIn(zone);
        LocalDate yesterday = clock.today().minusDays(1);
        recorded(held.id(), onTime(yesterday));
        recorded(held.id(), missed(yesterday, LocalTime.of(12, 0)));
        recorded(held.id(), new VisitForm(yesterday, LocalTime.of(17, 0), LocalTime.of(17, 20), LocalTime.of(17, 0),
                LocalTime.of(17, 45), 1, false, VarianceReason.CARE_NEEDS_CHANGED, null, null));
        Held other = heldIn(zone);
        assertThat(send(upload(PROVIDER, HEADER + "\r\n"
                + other.reference() + "," + yesterday + ",08:00,08:30,08:00,08:15,1,N,TRAVEL_DELAY,,\r\n"
                + other.reference() + "," + yesterday.minusDays(1) + ",08:00,09:00,08:00,09:00,1,N,,,\r\n")).status()).isEqualTo(201);

        assertThat(number("""
                select visits * 1000000 + missed * 100000 + attended_planned_under_30 * 10000 + attended_actual_under_30 * 1000
                  from visit_actual_day d
                 where d.council_id = ? and d.visit_date = ? and d.provider_id = ? and d.zone_id = ? and d.urgency = 'ROUTINE'""",
                council("bridgend"), yesterday, organisationOf(PROVIDER), zone))
                .as("yesterday: 30 (29 delivered), 30 missed, 20 planned (45 delivered), and the file's 30 delivered as 15: 4 visits, "
                        + "1 missed, 1 attended planned under 30 (the 20), 2 attended delivered under 30 (the 29 and the 15)")
                .isEqualTo(4_000_000 + 100_000 + 10_000 + 2_000);
        assertThat(number("""
                select (planned_minutes * 1000 + actual_minutes)::int from visit_actual_day
                 where council_id = ? and visit_date = ? and zone_id = ?""", council("bridgend"), yesterday, zone))
                .as("planned 30 + 30 + 20 + 30 = 110; delivered 29 + 0 + 45 + 15 = 89")
                .isEqualTo(110_089);
        assertThat(number(DIFFERENCES)).isZero();
    }

    @Test
    void a_visit_changed_or_deleted_underneath_takes_its_sums_with_it() {
        UUID zone = zoneOfItsOwn();
        Held held = heldIn(zone);
        LocalDate day = clock.today().minusDays(2);
        recorded(held.id(), onTime(day));
        recorded(held.id(), missed(day, LocalTime.of(12, 0)));
        recorded(held.id(), onTime(day.minusDays(1)));

        execute("update visit_actual set actual_start = '08:00', actual_end = '08:10', actual_minutes = 10 where package_id = ? and visit_date = ?"
                + " and not missed", held.id(), day);
        assertThat(number(DIFFERENCES)).isZero();
        execute("delete from visit_actual where package_id = ? and visit_date = ?", held.id(), day.minusDays(1));

        assertThat(number(DIFFERENCES)).isZero();
        assertThat(number("select count(*) from visit_actual_day where council_id = ? and visit_date = ? and zone_id = ?",
                council("bridgend"), day.minusDays(1), zone))
                .as("a day left without visits goes").isZero();
    }

    @Test
    void a_package_whose_zone_lot_or_urgency_changes_takes_its_visits_sums_to_its_new_ones() {
        Held held = heldIn(zoneOfItsOwn());
        LocalDate day = clock.today().minusDays(3);
        recorded(held.id(), onTime(day));
        recorded(held.id(), missed(day, LocalTime.of(12, 0)));
        UUID otherZone = zoneOfItsOwn();

        execute("update care_package set zone_id = ?, urgency = 'URGENT' where id = ?", otherZone, held.id());

        assertThat(number(DIFFERENCES)).isZero();
        assertThat(number("select visits from visit_actual_day where council_id = ? and visit_date = ? and zone_id = ? and urgency = 'URGENT'",
                council("bridgend"), day, otherZone)).isEqualTo(2);
    }

    @Test
    void racing_recordings_and_files_on_the_same_day_are_all_summed() throws Exception {
        LocalDate day = clock.today().minusDays(4);
        UUID zone = zoneOfItsOwn();
        List<Callable<Integer>> calls = new ArrayList<>();
        int byHand = 12;
        for (int i = 0; i < byHand; i++) {
            UUID packageId = heldIn(zone).id();
            calls.add(() -> status(record(PROVIDER, packageId, onTime(day))));
        }
        int files = 4;
        for (int i = 0; i < files; i++) {
            Held held = heldIn(zone);
            String file = HEADER + "\r\n" + held.reference() + "," + day + ",08:00,08:30,08:00,08:20,1,N,,,\r\n"
                    + held.reference() + "," + day + ",18:00,18:45,18:00,18:45,1,N,,,\r\n";
            calls.add(() -> send(upload(PROVIDER, file)).status());
        }

        List<Integer> statuses = race(calls);

        assertThat(statuses).containsOnly(201);
        assertThat(number(DIFFERENCES)).isZero();
        assertThat(number("select sum(visits)::int from visit_actual_day where council_id = ? and visit_date = ? and zone_id = ?",
                council("bridgend"), day, zone)).isEqualTo(byHand + files * 2);
    }
}
