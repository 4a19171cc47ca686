package uk.homecare.portal.kpis;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.kpis.KpiCouncil.uk;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.kpis.AwardGrouping;
import uk.homecare.portal.api.kpis.CapacityWeek;
import uk.homecare.portal.api.kpis.ChcHours;
import uk.homecare.portal.api.kpis.DeclineCount;
import uk.homecare.portal.api.kpis.Delivery;
import uk.homecare.portal.api.kpis.KpiReport;
import uk.homecare.portal.api.kpis.ShortVisits;
import uk.homecare.portal.api.kpis.TimeToAward;
import uk.homecare.portal.api.kpis.WaitBand;
import uk.homecare.portal.api.kpis.WaitingBand;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/**
 * Each key performance indicator, counted by the API on data built by hand in a council of the test's own, against the
 * answer worked out by hand here: in the comments beside each expected figure.
 */
@MicronautTest
class KpisTest extends PortalTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final KpiCouncil.Database db = new KpiCouncil.Database() {
        @Override
        public void execute(String sql, Object... parameters) {
            KpisTest.this.execute(sql, parameters);
        }

        @Override
        public UUID id(String sql, Object... parameters) {
            return KpisTest.this.id(sql, parameters);
        }
    };

    private KpiCouncil newCouncil(LocalDate providersSince) {
        return new KpiCouncil(db, providersSince);
    }

    private static String query(LocalDate from, LocalDate to, Map<String, UUID> filters) {
        StringBuilder query = new StringBuilder("?from=" + from + "&to=" + to);
        filters.forEach((name, id) -> query.append('&').append(name).append('=').append(id));
        return query.toString();
    }

    private KpiReport report(String user, LocalDate from, LocalDate to, Map<String, UUID> filters) {
        return api().retrieve(api().as(user, GET("/api/kpis" + query(from, to, filters))), KpiReport.class);
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return api().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static TimeToAward time(KpiReport report, AwardGrouping by, String group) {
        return report.timeToAward().stream().filter(t -> t.by() == by && t.group().equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError("no time to award for " + by + " " + group + " in " + report.timeToAward()));
    }

    private static Map<DeclineReason, Integer> declines(KpiReport report) {
        return report.declines().stream().collect(Collectors.toMap(DeclineCount::reason, DeclineCount::offers));
    }

    /**
     * A week of brokerage (the period [D, D + 7), D a Monday two weeks ago), all in zone A unless said:
     * p1 published D 09:00, won at the PRIMARY stage by the primary provider at 10:00 (60 minutes);
     * p2 published D 09:00, declined by the primary (no capacity, D 12:00), won at SECONDARY by the secondary at D+1 09:00 (1,440);
     * p3 published D 09:00, declined by the secondary (geography, D+1 10:00), won at OPEN by the primary at D+2 09:00 (2,880);
     * p4 published D-3 09:00 (before the period), won at OPEN by the framework provider at D+3 09:00 (6 days: 8,640);
     * p5 published D-30 and awarded then; its provider gave notice at D+1 11:00; back in the cascade at D+4 09:00 (round 2),
     *    won at PRIMARY by the primary at D+4 13:00 (240, from the re-entry, not from the first publication);
     * p6 published D+5 09:00 in zone B, still offered; p7 published D+7 00:30, after the period; a decline on D-1, before it.
     */
    @Test
    void packages_published_and_awarded_time_to_award_primary_share_hand_backs_and_declines_are_counted_by_hand() {
        LocalDate d = clock.monday().minusWeeks(2);
        KpiCouncil c = newCouncil(d.minusDays(100));
        UUID p1 = c.carePackage(true, "COUNCIL", "AWARDED", 420, uk(d, 9, 0), c.primary, d.plusDays(7));
        c.entered(p1, "PRIMARY", "DRAFT", uk(d, 9, 0));
        c.offer(p1, 1, c.primary, "PRIMARY", uk(d, 9, 0), "WON", null, uk(d, 10, 0));
        c.awarded(p1, "PRIMARY", uk(d, 10, 0));

        UUID p2 = c.carePackage(true, "COUNCIL", "AWARDED", 300, uk(d, 9, 0), c.secondary, d.plusDays(7));
        c.entered(p2, "PRIMARY", "DRAFT", uk(d, 9, 0));
        c.offer(p2, 1, c.primary, "PRIMARY", uk(d, 9, 0), "DECLINED", "NO_CAPACITY", uk(d, 12, 0));
        c.entered(p2, "SECONDARY", "PRIMARY", uk(d, 12, 0));
        c.offer(p2, 1, c.secondary, "SECONDARY", uk(d, 12, 0), "WON", null, uk(d.plusDays(1), 9, 0));
        c.awarded(p2, "SECONDARY", uk(d.plusDays(1), 9, 0));

        UUID p3 = c.carePackage(true, "COUNCIL", "AWARDED", 300, uk(d, 9, 0), c.primary, d.plusDays(7));
        c.entered(p3, "PRIMARY", "DRAFT", uk(d, 9, 0));
        c.offer(p3, 1, c.primary, "PRIMARY", uk(d, 9, 0), "LAPSED", null, uk(d.plusDays(1), 9, 0));
        c.offer(p3, 1, c.secondary, "SECONDARY", uk(d.plusDays(1), 9, 0), "DECLINED", "GEOGRAPHY", uk(d.plusDays(1), 10, 0));
        c.offer(p3, 1, c.primary, "OPEN", uk(d.plusDays(1), 10, 0), "WON", null, uk(d.plusDays(1), 15, 0));
        c.offer(p3, 1, c.framework, "OPEN", uk(d.plusDays(1), 10, 0), "LOST", null, uk(d.plusDays(1), 16, 0));
        c.awarded(p3, "OPEN", uk(d.plusDays(2), 9, 0));

        UUID p4 = c.carePackage(true, "COUNCIL", "AWARDED", 300, uk(d.minusDays(3), 9, 0), c.framework, d.plusDays(7));
        c.entered(p4, "PRIMARY", "DRAFT", uk(d.minusDays(3), 9, 0));
        c.offer(p4, 1, c.primary, "PRIMARY", uk(d.minusDays(3), 9, 0), "DECLINED", "SKILL_MIX", uk(d.minusDays(1), 9, 0));
        c.offer(p4, 1, c.framework, "OPEN", uk(d.minusDays(1), 9, 0), "WON", null, uk(d, 9, 0));
        c.awarded(p4, "OPEN", uk(d.plusDays(3), 9, 0));

        UUID p5 = c.carePackage(true, "COUNCIL", "AWARDED", 600, uk(d.minusDays(30), 9, 0), c.primary, d.minusDays(20));
        c.entered(p5, "PRIMARY", "DRAFT", uk(d.minusDays(30), 9, 0));
        c.offer(p5, 1, c.primary, "PRIMARY", uk(d.minusDays(30), 9, 0), "WON", null, uk(d.minusDays(29), 9, 0));
        c.awarded(p5, "PRIMARY", uk(d.minusDays(29), 9, 0));
        c.history(p5, "HAND_BACK_GIVEN", uk(d.plusDays(1), 11, 0), "{\"provider\": \"Primary Care\"}", c.providerUserId);
        c.entered(p5, "PRIMARY", "AWARDED", uk(d.plusDays(4), 9, 0));
        c.offer(p5, 2, c.primary, "PRIMARY", uk(d.plusDays(4), 9, 0), "WON", null, uk(d.plusDays(4), 13, 0));
        c.awarded(p5, "PRIMARY", uk(d.plusDays(4), 13, 0));

        UUID p6 = c.carePackage(false, "COUNCIL", "OPEN", 300, uk(d.plusDays(5), 9, 0), null, d.plusDays(14));
        c.entered(p6, "OPEN", "DRAFT", uk(d.plusDays(5), 9, 0));
        c.offer(p6, 1, c.framework, "OPEN", uk(d.plusDays(5), 9, 0), "PENDING", null, null);

        UUID p7 = c.carePackage(true, "COUNCIL", "PRIMARY", 300, uk(d.plusDays(7), 0, 30), null, d.plusDays(14));
        c.entered(p7, "PRIMARY", "DRAFT", uk(d.plusDays(7), 0, 30));

        KpiReport all = report(c.commissioner, d, d.plusDays(7), Map.of());

        assertThat(all.council().id()).isEqualTo(c.id);
        assertThat(all.brokerage().published()).as("p1, p2, p3 and p6").isEqualTo(4);
        assertThat(all.brokerage().awarded()).as("p1 to p5").isEqualTo(5);
        assertThat(all.brokerage().awardedToPrimary()).as("p1, p3 (the primary was offered it first) and p5").isEqualTo(3);
        assertThat(all.brokerage().handBacks()).isEqualTo(1);
        assertThat(all.brokerage().handBackWeeklyMinutes()).isEqualTo(600);
        // 60, 240, 1,440, 2,880, 8,640: the median is the 3rd of 5; the 90th percentile the 5th (4/5 = 0.8 < 0.9)
        assertThat(time(all, AwardGrouping.ALL, "ALL")).isEqualTo(new TimeToAward(AwardGrouping.ALL, "ALL", 5, 1440, 8640));
        // PRIMARY: 60, 240; SECONDARY: 1,440; OPEN: 2,880, 8,640 (percentile_disc: the first value at or past the fraction)
        assertThat(time(all, AwardGrouping.STAGE, "PRIMARY")).isEqualTo(new TimeToAward(AwardGrouping.STAGE, "PRIMARY", 2, 60, 240));
        assertThat(time(all, AwardGrouping.STAGE, "SECONDARY")).isEqualTo(new TimeToAward(AwardGrouping.STAGE, "SECONDARY", 1, 1440, 1440));
        assertThat(time(all, AwardGrouping.STAGE, "OPEN")).isEqualTo(new TimeToAward(AwardGrouping.STAGE, "OPEN", 2, 2880, 8640));
        assertThat(all.timeToAward()).extracting(TimeToAward::group).containsExactly("ALL", "PRIMARY", "SECONDARY", "OPEN", "ROUTINE");
        assertThat(declines(all)).isEqualTo(Map.of(DeclineReason.NO_CAPACITY, 1, DeclineReason.GEOGRAPHY, 1,
                DeclineReason.SKILL_MIX, 0, DeclineReason.OTHER, 0));

        KpiReport primary = report(c.commissioner, d, d.plusDays(7), Map.of("provider", c.primary));
        assertThat(primary.provider().id()).isEqualTo(c.primary);
        assertThat(primary.brokerage().published()).as("p1, p2 and p3 were offered to it").isEqualTo(3);
        assertThat(primary.brokerage().awarded()).as("p1, p3, p5").isEqualTo(3);
        assertThat(primary.brokerage().awardedToPrimary()).isEqualTo(3);
        assertThat(primary.brokerage().handBacks()).as("its user gave the notice").isEqualTo(1);
        // 60, 240, 2,880: median the 2nd of 3, the 90th percentile the 3rd
        assertThat(time(primary, AwardGrouping.ALL, "ALL")).isEqualTo(new TimeToAward(AwardGrouping.ALL, "ALL", 3, 240, 2880));
        assertThat(declines(primary)).containsEntry(DeclineReason.NO_CAPACITY, 1).containsEntry(DeclineReason.GEOGRAPHY, 0);

        KpiReport zoneB = report(c.commissioner, d, d.plusDays(7), Map.of("zone", c.zoneB));
        assertThat(zoneB.brokerage().published()).as("p6").isEqualTo(1);
        assertThat(zoneB.brokerage().awarded()).isZero();
        assertThat(zoneB.timeToAward()).isEmpty();
        assertThat(declines(zoneB).values()).containsOnly(0);

        KpiReport lotA = report(c.commissioner, d, d.plusDays(7), Map.of("lot", c.lotA, "zone", c.zoneA));
        assertThat(lotA.brokerage().published()).isEqualTo(3);
        assertThat(lotA.brokerage().awarded()).isEqualTo(5);
        assertThat(lotA.lot().name()).isEqualTo("Lot A");

        KpiReport byAdmin = report(c.admin, d, d.plusDays(7), Map.of());
        assertThat(byAdmin.brokerage()).isEqualTo(all.brokerage());
    }

    /**
     * The time to award by urgency (issue #18: "by stage and urgency"), in the week [D, D + 7), D a Monday two weeks ago:
     * r1, r2, r3 ROUTINE, published D 09:00, won at PRIMARY D 10:00 (60), at SECONDARY D+1 09:00 (1,440) and at OPEN D+2 09:00
     * (2,880); u1, u2 URGENT, published D 12:00, won at PRIMARY D 12:30 (30) and at SECONDARY D 16:00 (240); f1 FAST_TRACK_CHC,
     * published D 08:00, won at OPEN D 09:00 (60). The urgency filter keeps the packages of one urgency in every measure.
     */
    @Test
    void the_time_to_award_is_grouped_by_urgency_and_the_report_can_keep_one_urgency_by_hand() {
        LocalDate d = clock.monday().minusWeeks(2);
        KpiCouncil c = newCouncil(d.minusDays(100));
        record Award(String urgency, int publishedHour, int publishedMinute, String stage, int days, int hour, int minute) {}
        for (Award a : List.of(new Award("ROUTINE", 9, 0, "PRIMARY", 0, 10, 0), new Award("ROUTINE", 9, 0, "SECONDARY", 1, 9, 0),
                new Award("ROUTINE", 9, 0, "OPEN", 2, 9, 0), new Award("URGENT", 12, 0, "PRIMARY", 0, 12, 30),
                new Award("URGENT", 12, 0, "SECONDARY", 0, 16, 0), new Award("FAST_TRACK_CHC", 8, 0, "OPEN", 0, 9, 0))) {
            UUID p = c.carePackage(true, "COUNCIL", "AWARDED", 300, uk(d, a.publishedHour(), a.publishedMinute()), c.primary, d.plusDays(7));
            execute("update care_package set urgency = ? where id = ?", a.urgency(), p);
            c.entered(p, "PRIMARY", "DRAFT", uk(d, a.publishedHour(), a.publishedMinute()));
            c.awarded(p, a.stage(), uk(d.plusDays(a.days()), a.hour(), a.minute()));
        }

        KpiReport all = report(c.commissioner, d, d.plusDays(7), Map.of());

        assertThat(all.urgency()).isNull();
        // ROUTINE 60, 1,440, 2,880: median the 2nd of 3, the 90th percentile the 3rd
        assertThat(time(all, AwardGrouping.URGENCY, "ROUTINE")).isEqualTo(new TimeToAward(AwardGrouping.URGENCY, "ROUTINE", 3, 1440, 2880));
        // URGENT 30, 240: percentile_disc(0.5) of two is the 1st (1/2 reaches 0.5), the 90th percentile the 2nd
        assertThat(time(all, AwardGrouping.URGENCY, "URGENT")).isEqualTo(new TimeToAward(AwardGrouping.URGENCY, "URGENT", 2, 30, 240));
        assertThat(time(all, AwardGrouping.URGENCY, "FAST_TRACK_CHC"))
                .isEqualTo(new TimeToAward(AwardGrouping.URGENCY, "FAST_TRACK_CHC", 1, 60, 60));
        // all six: 30, 60, 60, 240, 1,440, 2,880: the median the 3rd (3/6 = 0.5), the 90th percentile the 6th (5/6 < 0.9)
        assertThat(time(all, AwardGrouping.ALL, "ALL")).isEqualTo(new TimeToAward(AwardGrouping.ALL, "ALL", 6, 60, 2880));
        assertThat(all.timeToAward()).extracting(time -> time.by() + " " + time.group()).containsExactly("ALL ALL", "STAGE PRIMARY",
                "STAGE SECONDARY", "STAGE OPEN", "URGENCY ROUTINE", "URGENCY URGENT", "URGENCY FAST_TRACK_CHC");

        var urgent = api().retrieve(api().as(c.commissioner, GET("/api/kpis" + query(d, d.plusDays(7), Map.of()) + "&urgency=URGENT")),
                KpiReport.class);
        assertThat(urgent.urgency()).isEqualTo(uk.homecare.portal.api.brokerage.Urgency.URGENT);
        assertThat(urgent.brokerage().published()).as("u1 and u2").isEqualTo(2);
        assertThat(urgent.brokerage().awarded()).isEqualTo(2);
        assertThat(urgent.timeToAward()).containsExactly(new TimeToAward(AwardGrouping.ALL, "ALL", 2, 30, 240),
                new TimeToAward(AwardGrouping.STAGE, "PRIMARY", 1, 30, 30), new TimeToAward(AwardGrouping.STAGE, "SECONDARY", 1, 240, 240),
                new TimeToAward(AwardGrouping.URGENCY, "URGENT", 2, 30, 240));
        HttpResponse<String> csv = api().exchange(api().as(c.commissioner,
                GET("/api/kpis.csv" + query(d, d.plusDays(7), Map.of()) + "&urgency=URGENT").accept("text/csv")), String.class);
        assertThat(csv.body().lines()).contains("\"report\",\"urgency\",\"\",\"\",\"URGENT\"",
                "\"time_to_award\",\"median_minutes\",\"URGENCY\",\"URGENT\",\"30\"");
        assertThat(status(api().as(c.commissioner, GET("/api/kpis?urgency=SOMETIME")))).isEqualTo(400);
    }

    /**
     * Waiting now (the clock's instant), by how long since the wait began: w1 unallocated, published 2 hours ago (300 a week);
     * w2 offered, published 2 days ago (420); w3 unallocated, 40 days (600); w4 offered again after a hand-back 5 days ago,
     * first published 60 days ago (120); w5 unallocated, published 10 days ago with no history (240, from published_at);
     * w6 awarded (not waiting).
     */
    @Test
    void packages_waiting_now_are_banded_by_how_long_they_have_waited_since_publication_or_hand_back() {
        Instant now = clock.instant();
        KpiCouncil c = newCouncil(clock.today().minusDays(100));
        UUID w1 = c.carePackage(true, "COUNCIL", "UNALLOCATED", 300, now.minus(Duration.ofHours(2)), null, clock.today());
        c.entered(w1, "PRIMARY", "DRAFT", now.minus(Duration.ofHours(2)));
        UUID w2 = c.carePackage(true, "COUNCIL", "OPEN", 420, now.minus(Duration.ofDays(2)), null, clock.today());
        c.entered(w2, "PRIMARY", "DRAFT", now.minus(Duration.ofDays(2)));
        c.offer(w2, 1, c.framework, "OPEN", now.minus(Duration.ofDays(1)), "PENDING", null, null);
        UUID w3 = c.carePackage(true, "COUNCIL", "UNALLOCATED", 600, now.minus(Duration.ofDays(40)), null, clock.today());
        c.entered(w3, "PRIMARY", "DRAFT", now.minus(Duration.ofDays(40)));
        c.entered(w3, "UNALLOCATED", "OPEN", now.minus(Duration.ofDays(36)));
        c.entered(w3, "PRIMARY", "UNALLOCATED", now.minus(Duration.ofDays(30)));
        c.entered(w3, "UNALLOCATED", "OPEN", now.minus(Duration.ofDays(26)));
        UUID w4 = c.carePackage(false, "COUNCIL", "PRIMARY", 120, now.minus(Duration.ofDays(60)), null, clock.today());
        c.entered(w4, "PRIMARY", "DRAFT", now.minus(Duration.ofDays(60)));
        c.entered(w4, "PRIMARY", "AWARDED", now.minus(Duration.ofDays(5)));
        c.carePackage(true, "COUNCIL", "UNALLOCATED", 240, now.minus(Duration.ofDays(10)), null, clock.today());
        UUID w6 = c.carePackage(true, "COUNCIL", "AWARDED", 900, now.minus(Duration.ofDays(3)), c.primary, clock.today());
        c.entered(w6, "PRIMARY", "DRAFT", now.minus(Duration.ofDays(3)));

        KpiReport all = report(c.commissioner, clock.today().minusDays(7), clock.today().plusDays(1), Map.of());

        assertThat(all.asAt()).isEqualTo(now);
        assertThat(all.waiting()).containsExactly(
                new WaitingBand(WaitBand.UNDER_1_DAY, 1, 300, 0, 0),
                new WaitingBand(WaitBand.DAYS_1_TO_3, 0, 0, 1, 420),
                new WaitingBand(WaitBand.DAYS_3_TO_7, 0, 0, 1, 120),
                new WaitingBand(WaitBand.DAYS_7_TO_14, 1, 240, 0, 0),
                new WaitingBand(WaitBand.DAYS_14_TO_28, 0, 0, 0, 0),
                new WaitingBand(WaitBand.DAYS_28_OR_MORE, 1, 600, 0, 0));

        KpiReport zoneB = report(c.commissioner, clock.today().minusDays(7), clock.today().plusDays(1), Map.of("zone", c.zoneB));
        assertThat(zoneB.waiting()).filteredOn(band -> band.unallocatedPackages() + band.inCascadePackages() > 0)
                .containsExactly(new WaitingBand(WaitBand.DAYS_3_TO_7, 0, 0, 1, 120));

        KpiReport framework = report(c.commissioner, clock.today().minusDays(7), clock.today().plusDays(1), Map.of("provider", c.framework));
        assertThat(framework.waiting()).filteredOn(band -> band.unallocatedPackages() + band.inCascadePackages() > 0)
                .as("only w2 is offered to it in its current round").containsExactly(new WaitingBand(WaitBand.DAYS_1_TO_3, 0, 0, 1, 420));
    }

    /**
     * Two weeks, [D, D + 14), D a Monday four weeks ago. v1: provider A (the primary), 420 a week as 2 visits a day of 30
     * minutes, running before and through the period; v2: provider B (the secondary), 150 a week as a day-by-day schedule of 5
     * visits (15, 45, 15, 30, 45: two under 30), starting D + 7; v3: A, 700 a week, ended on D + 3; v4: CHC with B, 1,200 a
     * week as 4 visits a day of 45 minutes, starting D + 14 (after the period); v5 CHC offered, 900; v6 CHC draft, 300.
     */
    @Test
    void visits_under_30_minutes_delivery_against_commissioned_chc_hours_and_capacity_reporting_are_counted_by_hand() {
        LocalDate d = clock.monday().minusWeeks(4);
        KpiCouncil c = newCouncil(d.minusDays(100));
        execute("update council set chc_weekly_minutes_required = 6000 where id = ?", c.id);
        UUID v1 = c.carePackage(true, "COUNCIL", "AWARDED", 420, 2, 30, uk(d.minusDays(120), 9, 0), c.primary, d.minusDays(100), null);
        UUID v2 = c.carePackage(false, "COUNCIL", "AWARDED", 150, 1, 30, uk(d, 9, 0), c.secondary, d.plusDays(7), null);
        for (String visit : List.of("1,MORNING,15", "1,EVENING,45", "2,MORNING,15", "3,MORNING,30", "4,LUNCHTIME,45")) {
            String[] parts = visit.split(",");
            execute("insert into package_visit (package_id, day_of_week, time_of_day, minutes, double_handed) values (?, ?, ?, ?, false)",
                    v2, Short.valueOf(parts[0]), parts[1], Integer.valueOf(parts[2]));
        }
        c.carePackage(true, "COUNCIL", "ENDED", 700, 1, 100, uk(d.minusDays(60), 9, 0), c.primary, d.minusDays(50), d.plusDays(3));
        c.carePackage(true, "NHS_CHC", "AWARDED", 1200, 4, 45, uk(d, 9, 0), c.secondary, d.plusDays(14), null);
        c.carePackage(true, "NHS_CHC", "OPEN", 900, uk(d, 9, 0), null, d.plusDays(20));
        c.carePackage(true, "NHS_CHC", "DRAFT", 300, null, null, d.plusDays(20));

        c.visit(v1, c.primary, d, 30, 28, false);
        c.visit(v1, c.primary, d.plusDays(1), 30, 35, false);
        c.visit(v1, c.primary, d.plusDays(13), 30, 0, true);
        c.visit(v2, c.secondary, d.plusDays(7), 15, 15, false);
        c.visit(v1, c.primary, d.plusDays(14), 30, 30, false);
        c.visit(v1, c.primary, d.minusDays(1), 30, 30, false);

        UUID late = c.provider("Late Joiner Care", d.plusDays(7));
        c.capacityReport(c.primary, c.zoneA, d);
        c.capacityReport(c.primary, c.zoneA, d.plusDays(7));
        c.capacityReport(c.secondary, c.zoneB, d.plusDays(7));
        c.capacityReport(c.secondary, c.zoneB, d.plusDays(14));

        KpiReport all = report(c.commissioner, d, d.plusDays(14), Map.of());

        // awarded now: v1 14 visits of 30; v2 5 visits, 2 of 15; v4 28 visits of 45 (v3 has ended)
        assertThat(all.shortVisits()).isEqualTo(new ShortVisits(47, 2, 3, 1, 2));
        // (420 × 14 + 150 × 7 + 700 × 3 + 1,200 × 0) / 7 = 9,030 / 7 = 1,290; planned 30 + 30 + 30 + 15; delivered 28 + 35 + 0 + 15
        assertThat(all.delivery()).isEqualTo(new Delivery(1290, 105, 78, 4, 1));
        assertThat(all.chc()).isEqualTo(new ChcHours(6000, 1200, 1, 1200, 2));
        // week D: the primary, the secondary and the framework provider expected (the late joiner from D + 7), the primary reported;
        // week D + 7: all four expected, two reported (the report of D + 14 is after the period)
        assertThat(all.capacityReporting()).containsExactly(new CapacityWeek(d, 3, 1), new CapacityWeek(d.plusDays(7), 4, 2));

        KpiReport primary = report(c.commissioner, d, d.plusDays(14), Map.of("provider", c.primary));
        assertThat(primary.shortVisits()).isEqualTo(new ShortVisits(14, 0, 2, 0, 1));
        // (420 × 14 + 700 × 3) / 7 = 7,980 / 7 = 1,140
        assertThat(primary.delivery()).isEqualTo(new Delivery(1140, 90, 63, 3, 1));
        assertThat(primary.chc()).isEqualTo(new ChcHours(6000, 0, 0, 0, 0));
        assertThat(primary.capacityReporting()).containsExactly(new CapacityWeek(d, 1, 1), new CapacityWeek(d.plusDays(7), 1, 1));

        KpiReport zoneB = report(c.commissioner, d, d.plusDays(14), Map.of("zone", c.zoneB));
        assertThat(zoneB.shortVisits()).isEqualTo(new ShortVisits(5, 2, 1, 1, 1));
        assertThat(zoneB.delivery()).isEqualTo(new Delivery(150, 15, 15, 1, 0));
        assertThat(zoneB.capacityReporting()).as("reports for zone B").containsExactly(new CapacityWeek(d, 3, 0),
                new CapacityWeek(d.plusDays(7), 4, 1));

        KpiReport lateJoiner = report(c.commissioner, d, d.plusDays(14), Map.of("provider", late));
        assertThat(lateJoiner.capacityReporting()).containsExactly(new CapacityWeek(d, 0, 0), new CapacityWeek(d.plusDays(7), 1, 0));
    }

    /**
     * The period runs from midnight UK time to midnight UK time, whatever the clocks do: on the last Sunday of March (a
     * 23-hour day) an award at 00:30 (GMT) and at 23:30 (BST, 22:30 UTC) are in it; one at 00:30 BST the next day (23:30 UTC
     * on the Sunday) is not. On the last Sunday of October (25 hours) an award at 00:30 BST (23:30 UTC the day before) is in it.
     */
    @Test
    void a_period_is_whole_uk_days_across_the_clock_changes() {
        int year = clock.today().getYear() - 1;
        LocalDate spring = LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        LocalDate autumn = LocalDate.of(year, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        KpiCouncil c = newCouncil(spring.minusDays(30));
        for (Instant award : List.of(uk(spring, 0, 30), uk(spring, 23, 30), uk(spring.plusDays(1), 0, 30), uk(spring.minusDays(1), 23, 59),
                uk(autumn, 0, 30), uk(autumn, 23, 30), uk(autumn.plusDays(1), 0, 0))) {
            UUID p = c.carePackage(true, "COUNCIL", "AWARDED", 300, award.minus(Duration.ofMinutes(30)), c.primary, spring);
            c.awarded(p, "PRIMARY", award);
        }
        c.carePackage(true, "COUNCIL", "PRIMARY", 300, uk(spring, 0, 0), null, spring);
        c.carePackage(true, "COUNCIL", "PRIMARY", 300, uk(spring.plusDays(1), 0, 0), null, spring);

        assertThat(uk(spring.plusDays(1), 0, 0)).as("the Monday starts at 23:00 UTC on the Sunday")
                .isEqualTo(spring.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plus(Duration.ofHours(23)));
        KpiReport springDay = report(c.commissioner, spring, spring.plusDays(1), Map.of());
        assertThat(springDay.brokerage().awarded()).isEqualTo(2);
        // published at 00:00 on the Sunday (in), and at 00:00 on the Monday (out); the awarded packages 30 minutes before each award:
        // 00:00 GMT and 23:00 BST on the Sunday are in
        assertThat(springDay.brokerage().published()).isEqualTo(3);
        assertThat(time(springDay, AwardGrouping.ALL, "ALL").medianMinutes()).isEqualTo(30);

        KpiReport autumnDay = report(c.commissioner, autumn, autumn.plusDays(1), Map.of());
        assertThat(autumnDay.brokerage().awarded()).as("00:30 BST and 23:30 GMT on the 25-hour day").isEqualTo(2);
    }

    @Test
    void the_csv_and_the_workbook_hold_the_reports_figures_as_attachments_and_a_name_that_looks_like_a_formula_is_defused() {
        LocalDate d = clock.monday().minusWeeks(1);
        KpiCouncil c = newCouncil(d.minusDays(10));
        UUID evil = c.provider("=HYPERLINK(\"http://evil.example\")", d.minusDays(10));
        execute("insert into lot_provider (lot_id, provider_id, tier) values (?, ?, 'FRAMEWORK')", c.lotA, evil);
        UUID p = c.carePackage(true, "COUNCIL", "AWARDED", 300, uk(d, 9, 0), evil, d);
        c.entered(p, "OPEN", "DRAFT", uk(d, 9, 0));
        c.offer(p, 1, evil, "OPEN", uk(d, 9, 0), "WON", null, uk(d, 11, 0));
        c.awarded(p, "OPEN", uk(d, 11, 0));
        String query = query(d, d.plusDays(7), Map.of("provider", evil));

        KpiReport report = report(c.commissioner, d, d.plusDays(7), Map.of("provider", evil));
        HttpResponse<String> csv = api().exchange(api().as(c.commissioner, GET("/api/kpis.csv" + query).accept("text/csv")), String.class);
        HttpResponse<byte[]> xlsx = api().exchange(api().as(c.commissioner, GET("/api/kpis.xlsx" + query).accept(XLSX)), byte[].class);

        assertThat(csv.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/csv");
        assertThat(csv.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"kpis-" + d + "-" + d.plusDays(6) + ".csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\"section\",\"measure\",\"by\",\"group\",\"value\"");
        assertThat(lines).contains("\"report\",\"provider\",\"\",\"\",\"'=HYPERLINK(\"\"http://evil.example\"\")\"",
                "\"brokerage\",\"packages_awarded\",\"\",\"\",\"1\"",
                "\"time_to_award\",\"median_minutes\",\"STAGE\",\"OPEN\",\"120\"",
                "\"declines\",\"offers_declined\",\"REASON\",\"NO_CAPACITY\",\"0\"");
        assertThat(report.brokerage().awarded()).isEqualTo(1);
        assertThat(time(report, AwardGrouping.STAGE, "OPEN").medianMinutes()).isEqualTo(120);

        assertThat(xlsx.header(HttpHeaders.CONTENT_TYPE)).startsWith(XLSX);
        assertThat(xlsx.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"kpis-" + d + "-" + d.plusDays(6) + ".xlsx\"");
        List<String> fromWorkbook = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("KPIs");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    var cell = row.getCell(i);
                    assertThat(cell.getCellType()).as("no formulas").isNotEqualTo(CellType.FORMULA);
                    cells.add(cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
                fromWorkbook.add(cells.stream().map(cell -> '"' + cell.replace("\"", "\"\"") + '"').collect(Collectors.joining(",")));
            }
            assertThat(sheet.getRow(lines.indexOf("\"brokerage\",\"packages_awarded\",\"\",\"\",\"1\"")).getCell(4).getCellType())
                    .as("figures are numbers").isEqualTo(CellType.NUMERIC);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(fromWorkbook).as("the workbook holds the CSV's lines").isEqualTo(lines);
    }

    @Test
    void only_the_councils_commissioners_and_administrators_see_its_figures_and_bad_filters_are_refused_naming_the_field() {
        LocalDate d = clock.monday().minusWeeks(1);
        KpiCouncil c = newCouncil(d.minusDays(10));
        UUID p = c.carePackage(true, "COUNCIL", "AWARDED", 300, uk(d, 9, 0), c.primary, d);
        c.awarded(p, "PRIMARY", uk(d, 10, 0));
        String query = query(d, d.plusDays(7), Map.of());

        for (String path : List.of("/api/kpis", "/api/kpis.csv", "/api/kpis.xlsx")) {
            String accept = path.endsWith(".csv") ? "text/csv" : path.endsWith(".xlsx") ? XLSX : "application/json";
            assertThat(status(api().as(c.providerUser, GET(path + query).accept(accept)))).as("a provider, " + path).isEqualTo(403);
            assertThat(status(api().as("provider@coventry.demo", GET(path + query).accept(accept)))).as("another provider, " + path)
                    .isEqualTo(403);
            assertThat(status(GET(path + query).accept(accept))).as("anyone, " + path).isEqualTo(401);
            assertThat(status(api().as(c.admin, GET(path + query).accept(accept)))).as("the council's administrator, " + path)
                    .isEqualTo(200);
        }
        KpiReport coventry = report("commissioner@coventry.demo", d, d.plusDays(7), Map.of());
        assertThat(coventry.council().name()).isEqualTo("Coventry City Council");
        assertThat(coventry.zones()).extracting("id").doesNotContain(c.zoneA, c.zoneB);
        for (String field : List.of("zone", "lot", "provider")) {
            UUID theirs = switch (field) {
                case "zone" -> c.zoneA;
                case "lot" -> c.lotA;
                default -> c.primary;
            };
            var refusal = api().refusal(api().as("commissioner@coventry.demo", GET("/api/kpis" + query(d, d.plusDays(7), Map.of(field, theirs)))));
            assertThat(refusal.getStatus().getCode()).isEqualTo(400);
            assertThat(Api.problemOf(refusal).errors()).extracting("field").containsExactly(field);
        }
        assertThat(Api.problemOf(api().refusal(api().as(c.commissioner, GET("/api/kpis" + query(d, d, Map.of()))))).errors())
                .as("an empty period").extracting("field").containsExactly("to");
        assertThat(Api.problemOf(api().refusal(api().as(c.commissioner, GET("/api/kpis" + query(d, d.plusDays(732), Map.of()))))).errors())
                .as("over 731 days").extracting("field").containsExactly("to");
        assertThat(status(api().as(c.commissioner, GET("/api/kpis?from=yesterday")))).isEqualTo(400);
    }

    @Test
    void without_a_period_the_report_covers_the_28_days_up_to_and_including_today() {
        KpiCouncil c = newCouncil(clock.today().minusDays(100));
        KpiReport report = api().retrieve(api().as(c.commissioner, GET("/api/kpis")), KpiReport.class);
        assertThat(report.from()).isEqualTo(clock.today().minusDays(27));
        assertThat(report.to()).isEqualTo(clock.today().plusDays(1));
        assertThat(report.zones()).extracting("name").containsExactly("Zone A", "Zone B");
        assertThat(report.lots()).extracting("name").containsExactly("Lot A", "Lot B");
        assertThat(report.providers()).hasSize(3);
        assertThat(report.timeToAward()).isEmpty();
        assertThat(report.waiting()).hasSize(WaitBand.values().length);
    }

    /**
     * The audit trail the KPIs read is the one the real cascade writes: a package drafted and published through the API on a day
     * with no other activity, accepted by its primary provider (Coventry's Spon End on Central's lot) 90 minutes later, is
     * one package published, one awarded to the primary provider at the PRIMARY stage, after 90 minutes.
     */
    @Test
    void a_package_published_and_accepted_through_the_api_is_counted_from_the_history_the_cascade_writes() {
        Instant before = clock.instant();
        LocalDate day = clock.today().plusDays(400);
        try {
            clock.set(day, java.time.LocalTime.of(10, 0));
            UUID zone = id("select z.id from zone z join council c on c.id = z.council_id where c.code = 'coventry' and z.code = 'CENTRAL'");
            UUID lot = id("select id from lot where zone_id = ?", zone);
            UUID sponEnd = id("select organisation_id from app_user where username = 'provider@coventry.demo'");
            var form = new uk.homecare.portal.api.brokerage.PackageForm(zone, lot, uk.homecare.portal.api.brokerage.Funding.COUNCIL, 600,
                    new uk.homecare.portal.api.brokerage.VisitPattern(2, 45, List.of(uk.homecare.portal.api.brokerage.TimeOfDay.MORNING,
                            uk.homecare.portal.api.brokerage.TimeOfDay.TEATIME), false, false),
                    day.plusDays(7), "Help with washing, dressing and meals after a fall.",
                    new uk.homecare.portal.api.brokerage.PersonDetails("Kim", "Measure", LocalDate.of(1940, 2, 3), null,
                            "1 Measure Row", "CV1 2AB"));
            var draft = api().retrieve(api().as("commissioner@coventry.demo", io.micronaut.http.HttpRequest.POST("/api/packages", form)),
                    uk.homecare.portal.api.brokerage.CarePackage.class);
            api().retrieve(api().as("commissioner@coventry.demo", io.micronaut.http.HttpRequest.POST("/api/packages/" + draft.id() + "/publish", "")),
                    uk.homecare.portal.api.brokerage.CarePackage.class);
            clock.advance(Duration.ofMinutes(90));
            UUID offer = id("select id from offer where package_id = ? and provider_id = ?", draft.id(), sponEnd);
            api().retrieve(api().as("provider@coventry.demo", io.micronaut.http.HttpRequest.POST("/api/offers/" + offer + "/accept",
                    new uk.homecare.portal.api.brokerage.AcceptOffer(day.plusDays(10)))), uk.homecare.portal.api.brokerage.Offer.class);

            KpiReport report = report("commissioner@coventry.demo", day, day.plusDays(1), Map.of("lot", lot, "provider", sponEnd));

            assertThat(report.brokerage().published()).isEqualTo(1);
            assertThat(report.brokerage().awarded()).isEqualTo(1);
            assertThat(report.brokerage().awardedToPrimary()).isEqualTo(1);
            assertThat(report.timeToAward()).containsExactly(new TimeToAward(AwardGrouping.ALL, "ALL", 1, 90, 90),
                    new TimeToAward(AwardGrouping.STAGE, "PRIMARY", 1, 90, 90),
                    new TimeToAward(AwardGrouping.URGENCY, "ROUTINE", 1, 90, 90));
        } finally {
            clock.set(before);
        }
    }
}
