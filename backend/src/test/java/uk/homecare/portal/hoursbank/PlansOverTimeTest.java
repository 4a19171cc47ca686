package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursChange;
import uk.homecare.portal.api.hoursbank.HoursChangeForm;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.api.hoursbank.PlanAction;
import uk.homecare.portal.api.hoursbank.PlanEndForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

/**
 * Plans over time: a commissioner changes the weekly hours from a coming Monday (lots already credited keep
 * theirs) or ends a plan (later sessions cancelled, their minutes returned, the person and provider told).
 */
@MicronautTest(transactional = false)
@Tag("calendar")
class PlansOverTimeTest extends HoursBankTest {

    private static final String ADMIN = "admin@bridgend.demo";
    private static final int RACERS = 16;

    @Test
    void a_change_from_next_monday_credits_the_new_amount_from_that_week_and_not_before() {
        tenOnTheTestDay();
        String person = newPerson();
        HoursPlan plan = plan(person, 120, thisWeek());
        assertThat(plan.actions()).containsExactly(PlanAction.CHANGE_HOURS, PlanAction.END);
        LocalDate nextMonday = thisWeek().plusWeeks(1);

        HoursPlan changed = api().retrieve(changing(plan, new HoursChangeForm(nextMonday, 300)), HoursPlan.class);

        assertThat(changed.weeklyMinutes()).as("this week's hours").isEqualTo(120);
        assertThat(changed.changes()).containsExactly(new HoursChange(nextMonday, 300));
        assertThat(balance(person, person).lots()).extracting(HoursLot::creditedMinutes).containsExactly(120);
        clock.set(nextMonday.plusWeeks(1), TEN);
        HoursBalance later = balance(person, person);
        assertThat(later.lots()).extracting(HoursLot::weekStarts).containsExactly(thisWeek(), nextMonday, nextMonday.plusWeeks(1));
        assertThat(later.lots()).extracting(HoursLot::creditedMinutes).containsExactly(120, 300, 300);
        assertThat(later.plan().weeklyMinutes()).isEqualTo(300);
        assertThat(number("select count(*) from audit_event where action = 'HOURS_PLAN_HOURS_CHANGED' and entity_id = ?", plan.id()))
                .isEqualTo(1);
    }

    @Test
    void a_change_dated_in_the_past_or_not_on_a_monday_is_refused_on_its_field_and_changes_nothing() {
        tenOnTheTestDay();
        String person = newPerson();
        HoursPlan plan = plan(person, 120, thisWeek().minusWeeks(1));

        assertThat(refusedOn(changing(plan, new HoursChangeForm(thisWeek().minusWeeks(1), 300)))).isEqualTo("fromMonday");
        assertThat(refusedOn(changing(plan, new HoursChangeForm(thisWeek().plusWeeks(1).plusDays(2), 300)))).isEqualTo("fromMonday");
        assertThat(refusedOn(ending(plan, thisWeek().minusDays(1)))).isEqualTo("lastDay");
        assertThat(api().refusal(api().as("commissioner@coventry.demo", POST("/api/hours-plans/" + plan.id() + "/change-hours",
                new HoursChangeForm(thisWeek().plusWeeks(1), 300)))).getStatus().getCode()).as("another council's plan").isEqualTo(404);

        assertThat(number("select count(*) from hours_plan_change where plan_id = ?", plan.id())).isZero();
        assertThat(number("select count(*) from hours_plan where id = ? and ends_on is null and stopped_on is null", plan.id())).isEqualTo(1);
    }

    @Test
    void ending_a_plan_cancels_later_sessions_returns_their_minutes_keeps_the_ledger_balanced_and_tells_person_and_provider() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        HoursPlan plan = plan(person, 600, thisWeek());
        LocalDate lastDay = today.plusDays(1);
        book(person, person, lastDay, "10:00", 60);
        book(person, person, lastDay.plusDays(1), "10:00", 90);
        book(person, person, lastDay.plusDays(2), "10:00", 45);
        int providerUsers = number("select count(*) from app_user where organisation_id = ? and role = 'PROVIDER' and enabled", provider());
        int providerToldBefore = providerTold();
        int emailsBefore = planEndEmails();
        int toldWithAddressBefore = toldWithAnAddress();

        HoursPlan ended = api().retrieve(ending(plan, lastDay), HoursPlan.class);

        assertThat(ended.stoppedOn()).isEqualTo(lastDay);
        assertThat(ended.endsOn()).isEqualTo(lastDay);
        assertThat(number("select count(*) from hours_booking where plan_id = ? and status = 'BOOKED'", plan.id())).isEqualTo(1);
        assertThat(number("select count(*) from hours_booking where plan_id = ? and status = 'CANCELLED' and on_date > ?", plan.id(), lastDay))
                .isEqualTo(2);
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(600 - 60);
        assertThat(api().refusal(booking(person, person, lastDay.plusDays(1), "12:00", 30)).getStatus().getCode())
                .as("no session after the last day").isEqualTo(400);
        assertThat(api().retrieve(api().as(ADMIN, GET("/api/hours-bank/check")), LedgerCheck.class).mismatches()).isEmpty();
        assertThat(number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where n.kind = 'HOURS_PLAN_ENDED' and u.person_id = ?""", personOf(person))).as("the person told").isEqualTo(1);
        assertThat(providerTold() - providerToldBefore).as("each of the provider's staff told").isEqualTo(providerUsers).isPositive();
        assertThat(planEndEmails() - emailsBefore).as("an e-mail for each told who has an address")
                .isEqualTo(toldWithAnAddress() - toldWithAddressBefore);
        assertThat(number("select count(*) from audit_event where action = 'HOURS_PLAN_ENDED' and entity_id = ?", plan.id())).isEqualTo(1);
    }

    @Test
    void ending_a_plan_while_bookings_are_made_leaves_no_session_after_the_end_and_the_ledger_balanced() throws Exception {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        HoursPlan plan = plan(person, 10_080, thisWeek());
        LocalDate lastDay = today.plusDays(2);
        api().tokenFor(person);
        api().tokenFor(COMMISSIONER);
        var start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        Future<Integer> end;
        try (var pool = Executors.newFixedThreadPool(RACERS + 1)) {
            for (int i = 0; i < RACERS; i++) {
                LocalDate day = today.plusDays(1 + i % 5);
                String time = "%02d:00".formatted(8 + i / 5);
                results.add(pool.submit(status(start, () -> book(person, person, day, time, 30))));
            }
            end = pool.submit(status(start, () -> api().retrieve(ending(plan, lastDay), HoursPlan.class)));
            start.countDown();
        }
        assertThat(end.get()).isEqualTo(200);
        int refusedAfterTheEnd = 0;
        for (int i = 0; i < RACERS; i++) {
            int status = results.get(i).get();
            assertThat(status).isIn(200, 400);
            if (status == 400) {
                assertThat(today.plusDays(1 + i % 5)).as("only sessions after the end are refused").isAfter(lastDay);
                refusedAfterTheEnd++;
            }
        }
        long afterTheEnd = java.util.stream.IntStream.range(0, RACERS).filter(i -> today.plusDays(1 + i % 5).isAfter(lastDay)).count();
        assertThat(refusedAfterTheEnd + number("select count(*) from hours_booking where plan_id = ? and status = 'CANCELLED' and on_date > ?",
                plan.id(), lastDay)).as("each session after the end was refused, or booked first and then cancelled").isEqualTo((int) afterTheEnd);

        assertThat(number("select count(*) from hours_booking where plan_id = ? and status = 'BOOKED' and on_date > ?", plan.id(), lastDay))
                .isZero();
        int booked = number("select coalesce(sum(minutes), 0) from hours_booking where plan_id = ? and status = 'BOOKED'", plan.id());
        assertThat(balance(person, person).remainingMinutes()).isEqualTo(10_080 - booked);
        assertThat(api().retrieve(api().as(ADMIN, GET("/api/hours-bank/check")), LedgerCheck.class).mismatches()).isEmpty();
    }

    private int providerTold() {
        return number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where n.kind = 'HOURS_PLAN_ENDED' and u.organisation_id = ?""", provider());
    }

    private int planEndEmails() {
        return number("select count(*) from email_outbox e join notification n on n.id = e.notification_id where n.kind = 'HOURS_PLAN_ENDED'");
    }

    private int toldWithAnAddress() {
        return number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where n.kind = 'HOURS_PLAN_ENDED' and coalesce(u.email, '') <> ''""");
    }

    private static Callable<Integer> status(CountDownLatch start, Callable<?> call) {
        return () -> {
            start.await();
            try {
                call.call();
                return 200;
            } catch (HttpClientResponseException e) {
                return e.getStatus().getCode();
            }
        };
    }

    private MutableHttpRequest<HoursChangeForm> changing(HoursPlan plan, HoursChangeForm form) {
        return api().as(COMMISSIONER, POST("/api/hours-plans/" + plan.id() + "/change-hours", form));
    }

    private MutableHttpRequest<PlanEndForm> ending(HoursPlan plan, LocalDate lastDay) {
        return api().as(COMMISSIONER, POST("/api/hours-plans/" + plan.id() + "/end", new PlanEndForm(lastDay)));
    }

    private String refusedOn(MutableHttpRequest<?> request) {
        var refusal = api().refusal(request);
        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        Problem problem = Api.problemOf(refusal);
        assertThat(problem.errors()).hasSize(1);
        return problem.errors().getFirst().field();
    }
}
