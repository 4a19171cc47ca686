package uk.homecare.portal.compliance;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.compliance.ActionCompletion;
import uk.homecare.portal.api.compliance.MonitoringAction;
import uk.homecare.portal.api.compliance.MonitoringActionForm;
import uk.homecare.portal.api.compliance.MonitoringActionStatus;
import uk.homecare.portal.api.compliance.MonitoringActionStep;
import uk.homecare.portal.api.compliance.MonitoringVisit;
import uk.homecare.portal.api.compliance.MonitoringVisitForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Race;

@MicronautTest(transactional = false)
class MonitoringVisitsTest extends ComplianceTest {

    private MonitoringVisitForm visit(LocalDate day) {
        return new MonitoringVisitForm(day, "Care plans reviewed; two staff files lacked references",
                List.of(new MonitoringActionForm("Obtain references for both staff files", day.plusDays(14)),
                        new MonitoringActionForm("Add medication training to the training matrix", day.plusDays(30))));
    }

    private MutableHttpRequest<MonitoringVisitForm> record(String user, UUID provider, MonitoringVisitForm form) {
        return api().as(user, POST("/api/providers/" + provider + "/monitoring-visits", form));
    }

    private MutableHttpRequest<ActionCompletion> complete(String user, UUID action, String note) {
        return api().as(user, POST("/api/monitoring-actions/" + action + "/completion", new ActionCompletion(note)));
    }

    @Test
    void a_commissioner_records_a_visit_with_actions_and_the_provider_sees_it() {
        Provider provider = newProvider();

        HttpResponse<MonitoringVisit> response = api().exchange(record(COMMISSIONER, provider.id(), visit(clock.today().minusDays(3))),
                MonitoringVisit.class);

        assertThat(response.code()).isEqualTo(201);
        MonitoringVisit recorded = response.body();
        assertThat(recorded.councilName()).isEqualTo("Coventry City Council");
        assertThat(recorded.actions()).extracting(MonitoringAction::number).containsExactly(1, 2);
        assertThat(recorded.actions()).allSatisfy(action -> {
            assertThat(action.status()).isEqualTo(MonitoringActionStatus.OPEN);
            assertThat(action.allowed()).as("a commissioner does not mark actions done").isEmpty();
        });
        List<MonitoringVisit> seen = compliance(provider.staff(), provider.id()).visits();
        assertThat(seen).singleElement().satisfies(v -> {
            assertThat(v.findings()).isEqualTo("Care plans reviewed; two staff files lacked references");
            assertThat(v.actions()).allSatisfy(a -> assertThat(a.allowed()).containsExactly(MonitoringActionStep.MARK_DONE));
        });
        assertThat(number("select count(*) from audit_event where action = 'MONITORING_VISIT_RECORDED' and entity_id = ?",
                recorded.id())).isOne();
    }

    @Test
    void a_visit_in_the_future_or_an_action_due_before_the_visit_is_refused_naming_the_field() {
        Provider provider = newProvider();
        LocalDate day = clock.today().minusDays(3);

        Problem future = refusal(record(COMMISSIONER, provider.id(), visit(clock.today().plusDays(1))));
        Problem dueBefore = refusal(record(COMMISSIONER, provider.id(), new MonitoringVisitForm(day, "Findings",
                List.of(new MonitoringActionForm("Do it", day.minusDays(1))))));
        Problem blank = refusal(record(COMMISSIONER, provider.id(), new MonitoringVisitForm(day, " ", List.of())));

        assertThat(fields(future)).containsExactly("visitedOn");
        assertThat(fields(dueBefore)).containsExactly("actions[0].dueOn");
        assertThat(fields(blank)).containsExactly("findings");
        assertThat(number("select count(*) from monitoring_visit where provider_id = ?", provider.id())).isZero();
    }

    @Test
    void a_council_the_provider_does_not_work_with_cannot_record_a_visit_to_it() {
        Provider provider = newProvider();

        assertThat(status(record(OTHER_COMMISSIONER, provider.id(), visit(clock.today())))).isEqualTo(404);
        assertThat(status(record(provider.staff(), provider.id(), visit(clock.today())))).isEqualTo(403);
        assertThat(number("select count(*) from monitoring_visit where provider_id = ?", provider.id())).isZero();
    }

    @Test
    void each_council_sees_its_own_visits_and_the_provider_sees_every_councils() {
        Provider provider = newProvider("coventry", "bradford");
        api().retrieve(record(COMMISSIONER, provider.id(), visit(clock.today().minusDays(10))), MonitoringVisit.class);
        api().retrieve(record(OTHER_COMMISSIONER, provider.id(), visit(clock.today().minusDays(5))), MonitoringVisit.class);

        assertThat(compliance(COMMISSIONER, provider.id()).visits()).extracting(MonitoringVisit::councilId)
                .containsExactly(id("select id from council where code = 'coventry'"));
        assertThat(compliance(OTHER_COMMISSIONER, provider.id()).visits()).extracting(MonitoringVisit::councilId)
                .containsExactly(id("select id from council where code = 'bradford'"));
        assertThat(compliance(provider.staff(), provider.id()).visits()).hasSize(2);
    }

    @Test
    void the_provider_marks_an_open_action_done_with_a_note_once() {
        Provider provider = newProvider();
        MonitoringVisit recorded = api().retrieve(record(COMMISSIONER, provider.id(), visit(clock.today().minusDays(3))), MonitoringVisit.class);
        UUID action = recorded.actions().getFirst().id();

        MonitoringVisit after = api().retrieve(complete(provider.staff(), action, "References obtained"), MonitoringVisit.class);

        assertThat(after.actions().getFirst().status()).isEqualTo(MonitoringActionStatus.DONE);
        assertThat(after.actions().getFirst().doneNote()).isEqualTo("References obtained");
        assertThat(after.actions().getFirst().allowed()).isEmpty();
        assertThat(after.actions().get(1).status()).isEqualTo(MonitoringActionStatus.OPEN);
        assertThat(status(complete(provider.staff(), action, "Again"))).isEqualTo(409);
        assertThat(compliance(COMMISSIONER, provider.id()).visits().getFirst().actions().getFirst().doneNote()).isEqualTo("References obtained");
        assertThat(number("select count(*) from audit_event where action = 'MONITORING_ACTION_DONE' and entity_id = ?", recorded.id())).isOne();
    }

    @Test
    void another_provider_cannot_mark_the_action_done_and_a_blank_note_is_refused() {
        Provider provider = newProvider();
        MonitoringVisit recorded = api().retrieve(record(COMMISSIONER, provider.id(), visit(clock.today().minusDays(3))), MonitoringVisit.class);
        UUID action = recorded.actions().getFirst().id();

        assertThat(status(complete("provider@coventry.demo", action, "Not ours"))).isEqualTo(404);
        assertThat(status(complete(OTHER_PROVIDER, action, "Not ours"))).isEqualTo(404);
        assertThat(fields(refusal(complete(provider.staff(), action, " ")))).containsExactly("note");
        assertThat(number("select count(*) from monitoring_action where id = ? and status = 'OPEN'", action)).isOne();
    }

    @Test
    void two_members_of_staff_marking_one_action_done_at_once_mark_it_once() throws Exception {
        Provider provider = newProvider();
        MonitoringVisit recorded = api().retrieve(record(COMMISSIONER, provider.id(), visit(clock.today().minusDays(3))), MonitoringVisit.class);
        UUID action = recorded.actions().getFirst().id();

        List<Integer> statuses = Race.of(3, i -> status(complete(provider.staff(), action, "Done " + i)));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);
        assertThat(number("select count(*) from audit_event where action = 'MONITORING_ACTION_DONE' and entity_id = ?", recorded.id())).isOne();
    }
}
