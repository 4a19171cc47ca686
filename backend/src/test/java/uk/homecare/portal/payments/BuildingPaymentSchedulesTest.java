package uk.homecare.portal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.payments.PaymentException;
import uk.homecare.portal.api.payments.PaymentLine;
import uk.homecare.portal.api.payments.PaymentRun;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleAction;
import uk.homecare.portal.api.payments.PaymentStatus;
import uk.homecare.portal.api.payments.RateSource;
import uk.homecare.portal.api.reference.ServiceType;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Race;

@MicronautTest
class BuildingPaymentSchedulesTest extends PaymentsTest {

    @Test
    void a_schedule_prices_each_visit_at_the_rate_in_force_on_its_day_and_its_total_reconciles_with_its_lines_and_a_hand_count() {
        LocalDate start = period(8);
        rates(start);
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        Held doubleHanded = heldPackage(provider, "COUNCIL", false, true);
        Held night = heldPackage(provider, "COUNCIL", true, false);
        Held chc = heldPackage(provider, "NHS_CHC", false, false);
        Held bid = heldPackage(provider, "COUNCIL", false, false);
        wonWithBid(bid, 2599);
        UUID early = visit(plain, start.plusDays(2), 30, 31, 1);
        UUID sameWeek = visit(plain, start.plusDays(4), 30, 33, 1);
        UUID late = visit(plain, start.plusDays(20), 30, 37, 1);
        UUID both = visit(doubleHanded, start.plusDays(3), 45, 44, 2);
        UUID nightly = visit(night, start.plusDays(4), 60, 59, 1);
        UUID health = visit(chc, start.plusDays(27), 30, 29, 1);
        UUID agreed = visit(bid, start.plusDays(5), 30, 33, 1);
        UUID nextPeriod = visit(plain, start.plusDays(28), 30, 30, 1);

        PaymentSchedule schedule = built(provider, start);

        assertThat(schedule.status()).isEqualTo(PaymentStatus.DRAFT);
        assertThat(schedule.periodEnd()).isEqualTo(start.plusDays(27));
        assertThat(visitsPaidBy(schedule.id())).containsExactlyInAnyOrder(early, sameWeek, late, both, nightly, health, agreed)
                .doesNotContain(nextPeriod);
        assertThat(lineOf(schedule, sameWeek)).as("a package's visits at one rate are one line").isEqualTo(lineOf(schedule, early));
        assertThat(lineOf(schedule, early).visits()).isEqualTo(2);
        assertThat(lineOf(schedule, early).paidMinutes()).isEqualTo(64);
        assertThat(lineOf(schedule, early).visitDate()).isEqualTo(start.plusDays(2));
        assertThat(lineOf(schedule, early).lastVisitDate()).isEqualTo(start.plusDays(4));
        assertThat(lineOf(schedule, early).visitId()).isNull();
        assertThat(schedule.lines()).hasSize(6);
        assertThat(schedule.openExceptions()).isZero();
        assertThat(schedule.actions()).contains(PaymentScheduleAction.FINALISE);
        assertThat(lineOf(schedule, early).ratePence()).isEqualTo(FIRST_RATE);
        assertThat(lineOf(schedule, late).ratePence()).as("the rate changed on the 15th day").isEqualTo(SECOND_RATE);
        assertThat(lineOf(schedule, both).paidMinutes()).as("both carers of a double-handed visit are paid").isEqualTo(88);
        assertThat(lineOf(schedule, nightly).serviceType()).isEqualTo(ServiceType.OUT_OF_HOURS);
        assertThat(lineOf(schedule, health).serviceType()).isEqualTo(ServiceType.CHC);
        assertThat(lineOf(schedule, agreed).rateSource()).isEqualTo(RateSource.AGREED_BID);
        assertThat(lineOf(schedule, agreed).ratePence()).isEqualTo(2599);

        long expected = byHand(31 + 33, FIRST_RATE) + byHand(37, SECOND_RATE) + byHand(88, FIRST_RATE) + byHand(59, OUT_OF_HOURS_RATE)
                + byHand(29, CHC_RATE) + byHand(33, 2599);
        long sumOfLines = schedule.lines().stream().mapToLong(PaymentLine::approvedAmountPence).sum();
        assertThat(schedule.totalPence()).isEqualTo(expected).isEqualTo(sumOfLines).isEqualTo(schedule.linesTotalPence());
        assertThat(lineOf(schedule, early).approvedAmountPence()).isEqualTo(2507L); // 64 × 2350 / 60 = 2506.67, rounded once per line
    }

    @Test
    void a_council_builds_every_providers_schedule_for_a_period_at_once_each_as_its_own_build_would_and_leaves_providers_with_an_overlapping_schedule_alone() {
        LocalDate start = period(60);
        rates(start);
        UUID first = newProvider();
        UUID second = newProvider();
        UUID overlapping = newProvider();
        UUID idle = newProvider();
        Held plain = heldPackage(first, "COUNCIL", false, false);
        Held doubleHanded = heldPackage(second, "COUNCIL", false, true);
        Held elsewhere = heldPackage(overlapping, "COUNCIL", false, false);
        UUID monday = visit(plain, start, 30, 31, 1);
        UUID late = visit(plain, start.plusDays(20), 30, 37, 1);
        UUID missed = missedVisit(plain, start.plusDays(3));
        UUID both = visit(doubleHanded, start.plusDays(3), 45, 44, 2);
        visit(elsewhere, start.minusDays(10), 30, 30, 1);
        PaymentSchedule existing = built(overlapping, start.minusWeeks(2));
        UUID leftForLater = visit(elsewhere, start.plusDays(2), 30, 30, 1);
        visit(plain, start.plusDays(28), 30, 30, 1);

        PaymentRun run = builtForEveryProvider(start);

        assertThat(run.periodStart()).isEqualTo(start);
        assertThat(run.periodEnd()).isEqualTo(start.plusDays(27));
        assertThat(run.built()).extracting(PaymentSchedule::providerId).contains(first, second).doesNotContain(overlapping, idle);
        assertThat(run.built()).allSatisfy(schedule -> assertThat(schedule.lines()).as("listed without lines").isEmpty());
        assertThat(run.overlapping()).extracting(PaymentSchedule::id).contains(existing.id());
        PaymentSchedule firstSchedule = schedule(COMMISSIONER, idOf(run, first));
        PaymentSchedule secondSchedule = schedule(COMMISSIONER, idOf(run, second));
        assertThat(visitsPaidBy(firstSchedule.id())).containsExactlyInAnyOrder(monday, late, missed);
        assertThat(visitsPaidBy(secondSchedule.id())).containsExactly(both);
        assertThat(lineOf(firstSchedule, missed).exception()).isEqualTo(PaymentException.MISSED);
        assertThat(firstSchedule.totalPence()).isEqualTo(byHand(31, FIRST_RATE) + byHand(37, SECOND_RATE));
        assertThat(secondSchedule.totalPence()).isEqualTo(byHand(88, FIRST_RATE));
        assertThat(run.built()).filteredOn(schedule -> schedule.providerId().equals(first)).singleElement()
                .satisfies(summary -> assertThat(summary.totalPence()).isEqualTo(firstSchedule.totalPence()))
                .satisfies(summary -> assertThat(summary.openExceptions()).isEqualTo(1));
        assertThat(visitsPaidBy(existing.id())).doesNotContain(leftForLater);
        assertThat(number("select count(*) from audit_event where action = 'PAYMENT_SCHEDULE_BUILT' and entity_id = ?",
                firstSchedule.id())).isEqualTo(1);

        PaymentRun again = builtForEveryProvider(start);
        assertThat(again.built()).extracting(PaymentSchedule::providerId).doesNotContain(first, second, overlapping);
        assertThat(again.overlapping()).extracting(PaymentSchedule::id).contains(firstSchedule.id(), secondSchedule.id(), existing.id());
    }

    @Test
    void two_builds_of_every_providers_schedule_at_once_make_each_schedule_once() throws Exception {
        LocalDate start = period(66);
        rates(start);
        List<UUID> providers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID provider = newProvider();
            providers.add(provider);
            visit(heldPackage(provider, "COUNCIL", false, false), start.plusDays(i), 30, 30, 1);
        }

        List<PaymentRun> runs = Race.of(4, i -> builtForEveryProvider(start));

        for (UUID provider : providers) {
            assertThat(runs).as("built by exactly one of the builds")
                    .filteredOn(run -> run.built().stream().anyMatch(schedule -> schedule.providerId().equals(provider))).hasSize(1);
            assertThat(number("select count(*) from payment_schedule where provider_id = ?", provider)).isEqualTo(1);
        }
    }

    @Test
    void missed_visits_visits_without_a_rate_other_carer_counts_and_minutes_beyond_the_tolerance_are_exceptions_awaiting_the_council() {
        LocalDate start = period(13);
        rates(start);
        UUID provider = newProvider();
        execute("delete from rate where council_id = ? and service_type = 'CHC' and effective_from <= ?", council("bridgend"),
                start.plusDays(27));
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        Held doubleHanded = heldPackage(provider, "COUNCIL", false, true);
        Held chc = heldPackage(provider, "NHS_CHC", false, false);
        UUID missed = missedVisit(plain, start.plusDays(1));
        UUID longer = visit(plain, start.plusDays(2), 30, 46, 1);
        UUID within = visit(plain, start.plusDays(3), 30, 45, 1);
        UUID alone = visit(doubleHanded, start.plusDays(2), 30, 30, 1);
        UUID unrated = visit(chc, start.plusDays(2), 30, 30, 1);

        PaymentSchedule schedule = built(provider, start);

        assertThat(lineOf(schedule, missed).exception()).isEqualTo(PaymentException.MISSED);
        assertThat(lineOf(schedule, missed).paidMinutes()).isZero();
        assertThat(lineOf(schedule, longer).exception()).isEqualTo(PaymentException.MINUTES_DIFFER);
        assertThat(lineOf(schedule, within).exception()).isNull();
        assertThat(lineOf(schedule, alone).exception()).isEqualTo(PaymentException.CARERS_DIFFER);
        assertThat(lineOf(schedule, alone).paidMinutes()).isEqualTo(30);
        assertThat(lineOf(schedule, unrated).exception()).isEqualTo(PaymentException.NO_RATE);
        assertThat(schedule.openExceptions()).isEqualTo(4);
        assertThat(schedule.lines()).filteredOn(line -> line.exception() != null).allSatisfy(line -> assertThat(line.approvedAmountPence()).isNull());
        assertThat(schedule.totalPence()).isEqualTo(byHand(45, FIRST_RATE));
        assertThat(schedule.actions()).containsExactly(PaymentScheduleAction.RESOLVE_EXCEPTIONS);
    }

    @Test
    void a_visit_is_paid_once_a_later_schedule_takes_only_visits_on_no_schedule_and_an_overlapping_period_is_refused() {
        LocalDate start = period(21);
        rates(start);
        UUID provider = newProvider();
        rates(start.plusWeeks(4));
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        UUID first = visit(plain, start.plusDays(1), 30, 30, 1);
        PaymentSchedule schedule = built(provider, start);
        UUID recordedLate = visit(plain, start.plusDays(2), 30, 30, 1);
        UUID second = visit(plain, start.plusDays(29), 30, 30, 1);

        assertThat(status(build(COMMISSIONER, provider, start.plusWeeks(2)))).isEqualTo(409);
        assertThat(status(build(COMMISSIONER, provider, start))).isEqualTo(409);
        PaymentSchedule next = built(provider, start.plusWeeks(4));

        assertThat(visitsPaidBy(schedule.id())).containsExactly(first);
        assertThat(visitsPaidBy(next.id())).containsExactlyInAnyOrder(recordedLate, second);
        assertThat(lineOf(next, recordedLate).visitDate()).as("a late visit keeps its own day").isEqualTo(start.plusDays(2));
        assertThat(number("select count(*) from payment_schedule where provider_id = ? and council_id = ?",
                provider, council("bridgend"))).isEqualTo(2);
    }

    private static UUID idOf(PaymentRun run, UUID provider) {
        return run.built().stream().filter(schedule -> schedule.providerId().equals(provider)).findFirst().orElseThrow().id();
    }

    @Test
    void a_period_must_start_on_a_monday_have_ended_and_name_a_provider_and_a_refused_build_changes_nothing() {
        UUID provider = newProvider();
        int before = number("select count(*) from payment_schedule");

        assertThat(Api.problemOf(api().refusal(build(COMMISSIONER, provider, period(6).plusDays(1)))).errors())
                .extracting("field").containsExactly("periodStart");
        assertThat(Api.problemOf(api().refusal(build(COMMISSIONER, provider, period(3)))).errors())
                .as("the period ends this week or later").extracting("field").containsExactly("periodStart");
        assertThat(Api.problemOf(api().refusal(build(COMMISSIONER, council("bridgend"), period(6)))).errors())
                .extracting("field").containsExactly("providerId");
        assertThat(status(build(PROVIDER, provider, period(6)))).isEqualTo(403);
        assertThat(number("select count(*) from payment_schedule")).isEqualTo(before);
    }

    @Test
    void many_builds_of_one_schedule_at_once_make_one_schedule_with_each_visit_on_one_line() throws Exception {
        LocalDate start = period(30);
        rates(start);
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        for (int day = 0; day < 28; day++) {
            visit(plain, start.plusDays(day), 30, 30, 1);
        }
        List<io.micronaut.http.MutableHttpRequest<?>> sameKey = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sameKey.add(build(COMMISSIONER, provider, start).header("Idempotency-Key", "build-" + start));
        }
        List<HttpResponse<PaymentSchedule>> answers = api().race(sameKey, PaymentSchedule.class);

        assertThat(answers).extracting(HttpResponse::code).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().id()).containsOnly(answers.getFirst().body().id());
        assertThat(number("select count(*) from payment_schedule where provider_id = ? and period_start = ?", provider, start)).isEqualTo(1);
        assertThat(number("select count(*) from payment_line_visit pv join payment_line l on l.id = pv.line_id where l.package_id = ?",
                plain.id())).isEqualTo(28);
        assertThat(number("select count(*) from payment_line where package_id = ?", plain.id())).as("one per rate in force").isEqualTo(2);

        LocalDate next = start.plusWeeks(4);
        rates(next);
        for (int day = 0; day < 28; day++) {
            visit(plain, next.plusDays(day), 30, 30, 1);
        }
        List<io.micronaut.http.MutableHttpRequest<?>> noKey = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            noKey.add(build(COMMISSIONER, provider, next));
        }
        List<Integer> statuses = raceStatuses(noKey);

        assertThat(statuses).containsOnly(201, 409).filteredOn(code -> code == 201).hasSize(1);
        assertThat(number("select count(*) from payment_line_visit pv join payment_line l on l.id = pv.line_id where l.package_id = ?",
                plain.id())).isEqualTo(56);
        assertThat(number("select count(*) from (select visit_id from payment_line_visit group by visit_id having count(*) > 1) twice"))
                .isZero();
    }

    @Test
    void visits_without_an_exception_are_summed_per_package_and_rate_each_exception_is_a_line_and_every_visit_is_paid_once() {
        LocalDate start = period(44);
        rates(start);
        int thirdRate = 2471;
        execute("insert into rate (council_id, service_type, hourly_rate_pence, effective_from) values (?, 'DOMICILIARY', ?, ?)",
                council("bridgend"), thirdRate, start.plusDays(17));
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        List<UUID> visits = new ArrayList<>();
        for (int day = 0; day < 28; day++) {
            visits.add(day == 5 ? missedVisit(plain, start.plusDays(day)) : visit(plain, start.plusDays(day), 30, 30 + day % 3, 1));
        }

        PaymentSchedule schedule = built(provider, start);

        // The first two weeks at the first rate, three days at the second, the rest from the third week's Thursday at the third.
        assertThat(schedule.lines()).filteredOn(line -> line.exception() == null)
                .extracting(PaymentLine::visitDate, PaymentLine::lastVisitDate, PaymentLine::visits, PaymentLine::ratePence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(start, start.plusDays(13), 13, FIRST_RATE),
                        org.assertj.core.groups.Tuple.tuple(start.plusDays(14), start.plusDays(16), 3, SECOND_RATE),
                        org.assertj.core.groups.Tuple.tuple(start.plusDays(17), start.plusDays(27), 11, thirdRate));
        PaymentLine missed = lineOf(schedule, visits.get(5));
        assertThat(missed.visitId()).isEqualTo(visits.get(5));
        assertThat(missed.visits()).isEqualTo(1);
        assertThat(missed.exception()).isEqualTo(PaymentException.MISSED);
        assertThat(schedule.lines()).hasSize(4);
        assertThat(visitsPaidBy(schedule.id())).containsExactlyInAnyOrderElementsOf(visits);

        long byLine = 0;
        for (PaymentLine line : schedule.lines()) {
            int minutes = 0;
            for (int day = 0; day < 28; day++) {
                if (day != 5 && !start.plusDays(day).isBefore(line.visitDate()) && !start.plusDays(day).isAfter(line.lastVisitDate())) {
                    minutes += 30 + day % 3;
                }
            }
            if (line.exception() == null) {
                assertThat(line.paidMinutes()).isEqualTo(minutes);
                assertThat(line.approvedAmountPence()).as("rounded once for the line").isEqualTo(byHand(minutes, line.ratePence()));
                byLine += byHand(minutes, line.ratePence());
            }
        }
        assertThat(schedule.linesTotalPence()).as("the schedule's total is the sum of its lines, each rounded once").isEqualTo(byLine);
        assertThatThrownBy(() -> execute("delete from visit_actual where id = ?", visits.get(3))).hasMessageContaining("never deleted");
        assertThatThrownBy(() -> execute("update visit_actual set visit_date = visit_date + 1 where id = ?", visits.get(3)))
                .hasMessageContaining("never change");
    }

    @Test
    void a_visit_being_recorded_while_a_schedule_is_built_is_waited_for_and_paid_by_it_not_lost_below_its_number() throws Exception {
        LocalDate start = period(48);
        rates(start);
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        UUID recorded = visit(plain, start.plusDays(1), 30, 30, 1);
        try (var recording = connectDirectly()) {
            recording.setAutoCommit(false);
            UUID inFlight;
            try (var insert = recording.prepareStatement("""
                    insert into visit_actual (package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes, actual_start,
                                              actual_end, actual_minutes, carers_present, missed, source, recorded_by, recorded_at)
                    values (?, ?, ?, '09:00', '09:30', 30, '09:00', '09:30', 30, 1, false, 'API', 'test', ?) returning id""")) {
                insert.setObject(1, plain.id());
                insert.setObject(2, provider);
                insert.setObject(3, start.plusDays(2));
                insert.setObject(4, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
                try (var rows = insert.executeQuery()) {
                    rows.next();
                    inFlight = rows.getObject(1, UUID.class);
                }
            }
            var building = java.util.concurrent.CompletableFuture.supplyAsync(() -> built(provider, start));
            Thread.sleep(500);
            assertThat(building).as("the build waits for the visit being recorded").isNotDone();
            recording.commit();

            PaymentSchedule schedule = building.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(visitsPaidBy(schedule.id())).containsExactlyInAnyOrder(recorded, inFlight);
            assertThat(schedule.lines()).singleElement().satisfies(line -> assertThat(line.visits()).isEqualTo(2));
        }
    }

    private List<Integer> raceStatuses(List<io.micronaut.http.MutableHttpRequest<?>> requests) throws Exception {
        List<java.util.concurrent.Callable<Integer>> calls = new ArrayList<>();
        for (var request : requests) {
            calls.add(() -> status(request));
        }
        List<Integer> statuses = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(requests.size())) {
            for (var answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
        }
        return statuses;
    }
}
