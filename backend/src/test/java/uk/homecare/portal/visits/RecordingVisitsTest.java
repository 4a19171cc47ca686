package uk.homecare.portal.visits;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.api.visits.VisitSource;
import uk.homecare.portal.testing.Api;

@MicronautTest(transactional = false)
class RecordingVisitsTest extends VisitsTest {

    @Test
    void the_provider_records_a_visit_and_it_and_the_commissioner_see_it_in_minutes() {
        Held held = heldPackage();
        LocalDate yesterday = clock.today().minusDays(1);

        var response = api().exchange(record(PROVIDER, held.id(), onTime(yesterday)), Visit.class);

        assertThat(response.code()).isEqualTo(201);
        Visit visit = response.body();
        assertThat(visit.packageReference()).isEqualTo(held.reference());
        assertThat(visit.plannedMinutes()).isEqualTo(30);
        assertThat(visit.actualMinutes()).isEqualTo(29);
        assertThat(visit.minutesLate()).isEqualTo(2);
        assertThat(visit.source()).isEqualTo(VisitSource.API);
        assertThat(visits(PROVIDER, held.id())).extracting(Visit::id).containsExactly(visit.id());
        assertThat(visits(COMMISSIONER, held.id())).extracting(Visit::id).containsExactly(visit.id());
        assertThat(number("select count(*) from audit_event where action = 'VISIT_RECORDED' and entity_id = ?", visit.id())).isOne();
    }

    @Test
    void the_same_visit_twice_is_a_conflict_and_the_first_stays() {
        Held held = heldPackage();
        LocalDate yesterday = clock.today().minusDays(1);
        recorded(held.id(), onTime(yesterday));

        var again = api().refusal(record(PROVIDER, held.id(), missed(yesterday, LocalTime.of(8, 0))));

        assertThat(again.getStatus().getCode()).isEqualTo(409);
        assertThat(Api.problemOf(again).detail()).contains("already recorded");
        assertThat(visits(PROVIDER, held.id())).singleElement().satisfies(v -> assertThat(v.missed()).isFalse());
    }

    @Test
    void each_broken_rule_is_refused_naming_its_field_and_nothing_is_written() {
        Held held = heldPackage();
        LocalDate yesterday = clock.today().minusDays(1);
        LocalTime eight = LocalTime.of(8, 0);
        LocalTime half = LocalTime.of(8, 30);

        assertThat(refusedField(held, new VisitForm(clock.today().plusDays(1), eight, half, eight, half, 1, false, null, null, null)))
                .isEqualTo("visitDate");
        assertThat(refusedField(held, new VisitForm(clock.today().minusDays(31), eight, half, eight, half, 1, false, null, null, null)))
                .isEqualTo("visitDate");
        assertThat(refusedField(held, new VisitForm(yesterday, half, eight, half, eight, 1, false, null, null, null)))
                .isEqualTo("plannedEnd");
        assertThat(refusedField(held, new VisitForm(yesterday, eight, half, eight, half, 1, true, VarianceReason.PERSON_DECLINED, null, null)))
                .isEqualTo("actualStart");
        assertThat(refusedField(held, new VisitForm(yesterday, eight, half, null, null, 0, true, null, null, null)))
                .isEqualTo("varianceReason");
        assertThat(refusedField(held, new VisitForm(yesterday, eight, half, LocalTime.of(8, 20), LocalTime.of(8, 50), 1, false, null, null, null)))
                .as("20 minutes late, no reason").isEqualTo("varianceReason");
        assertThat(refusedField(held, new VisitForm(yesterday, eight, half, eight, LocalTime.of(8, 10), 1, false, null, null, null)))
                .as("20 minutes short, no reason").isEqualTo("varianceReason");
        assertThat(refusedField(held, new VisitForm(yesterday, eight, half, eight, half, 0, false, null, null, null)))
                .isEqualTo("carersPresent");
        assertThat(refusedField(held, new VisitForm(yesterday, eight, half, null, null, 0, true, VarianceReason.OTHER, " ", null)))
                .isEqualTo("varianceNote");
        assertThat(refusedField(held, new VisitForm(yesterday, eight, half, eight, half, 1, false, null, "x".repeat(501), null)))
                .isEqualTo("varianceNote");
        assertThat(refusedField(held, new VisitForm(clock.today(), LocalTime.of(11, 30), LocalTime.of(12, 30), LocalTime.of(11, 30),
                LocalTime.of(12, 30), 1, false, null, null, null))).as("today, ending after noon").isEqualTo("actualEnd");
        assertThat(visitRows(held.id())).isZero();
    }

    @Test
    void a_late_visit_with_its_reason_and_a_missed_one_are_recorded() {
        Held held = heldPackage();
        LocalDate yesterday = clock.today().minusDays(1);

        Visit late = recorded(held.id(), new VisitForm(yesterday, LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(8, 40),
                LocalTime.of(9, 10), 2, false, VarianceReason.TRAVEL_DELAY, "Road closed", null));
        Visit missed = recorded(held.id(), missed(yesterday, LocalTime.of(18, 0)));

        assertThat(late.minutesLate()).isEqualTo(40);
        assertThat(late.carersPresent()).isEqualTo(2);
        assertThat(missed.actualMinutes()).isZero();
        assertThat(missed.actualStart()).isNull();
    }

    @Test
    void only_the_holder_records_and_only_the_holder_and_its_council_see_the_visits() {
        Held held = heldPackage();
        recorded(held.id(), onTime(clock.today().minusDays(1)));

        assertThat(api().refusal(record(OTHER_PROVIDER, held.id(), onTime(clock.today().minusDays(2)))).getStatus().getCode()).isEqualTo(404);
        assertThat(api().refusal(record(COMMISSIONER, held.id(), onTime(clock.today().minusDays(2)))).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as(OTHER_COMMISSIONER, GET("/api/packages/" + held.id() + "/visits"))).getStatus().getCode())
                .isEqualTo(404);
        assertThat(api().refusal(api().as(OTHER_PROVIDER, GET("/api/packages/" + held.id() + "/visits"))).getStatus().getCode())
                .isEqualTo(404);
        assertThat(visitRows(held.id())).isOne();
    }

    @Test
    void racing_the_same_visit_records_it_once() throws Exception {
        Held held = heldPackage();
        LocalDate yesterday = clock.today().minusDays(1);

        var statuses = race(java.util.List.of(() -> status(record(PROVIDER, held.id(), onTime(yesterday))),
                () -> status(record(PROVIDER, held.id(), onTime(yesterday))), () -> status(record(PROVIDER, held.id(), onTime(yesterday)))));

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(visitRows(held.id())).isOne();
    }

    private String refusedField(Held held, VisitForm form) {
        var refusal = api().refusal(record(PROVIDER, held.id(), form));
        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        Problem problem = Api.problemOf(refusal);
        return problem.errors().getFirst().field();
    }
}
