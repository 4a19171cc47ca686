package uk.homecare.portal.council;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.council.CouncilSettings;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.Race;

/** A council's administrator keeps its settings in one place: read, changed whole, audited, and never two changes from one version. */
@MicronautTest(transactional = false)
class CouncilSettingsTest extends PortalTest {

    static final String ADMIN = "admin@coventry.demo";
    static final String OTHER_ADMIN = "admin@bradford.demo";
    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String SETTINGS = "/api/council/settings";

    @Inject
    JsonMapper json;

    CouncilSettings settings(String as) {
        return api().retrieve(api().as(as, GET(SETTINGS)), CouncilSettings.class);
    }

    CouncilSettings change(String as, CouncilSettings changed) {
        return api().retrieve(api().as(as, PUT(SETTINGS, changed)), CouncilSettings.class);
    }

    static CouncilSettings withMinVisit(CouncilSettings s, int minutes) {
        return new CouncilSettings(minutes, s.primaryWindowMinutes(), s.secondaryWindowMinutes(), s.openWindowMinutes(), s.openStageRule(),
                s.handBackNoticeDays(), s.language(), s.mfaRequired(), s.emailSenderName(), s.version());
    }

    int auditEvents(String action) {
        return number("select count(*) from audit_event where action = ?", action);
    }

    Map<String, Object> lastDetails(String action) throws IOException {
        try (var db = connectDirectly(); var statement = db.prepareStatement(
                "select details::text from audit_event where action = ? order by id desc limit 1")) {
            statement.setString(1, action);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as("an audit event " + action).isTrue();
                @SuppressWarnings("unchecked")
                Map<String, Object> details = json.readValue(rows.getString(1), Map.class);
                return details;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_admin_reads_every_setting_of_their_council_with_a_version() {
        CouncilSettings coventry = settings(ADMIN);

        assertThat(coventry.minVisitMinutes()).isEqualTo(number("select min_visit_minutes from council where code = 'coventry'"));
        assertThat(coventry.openStageRule()).isNotNull();
        assertThat(coventry.language()).isIn("en", "cy");
        assertThat(coventry.emailSenderName()).isNotBlank();
        assertThat(coventry.version()).isNotNull();
        assertThat(settings(OTHER_ADMIN).emailSenderName()).isNotEqualTo(coventry.emailSenderName());
    }

    @Test
    void a_change_is_stored_shown_everywhere_and_audited_with_only_what_changed_before_and_after() throws IOException {
        CouncilSettings before = settings(ADMIN);
        int minVisit = before.minVisitMinutes() == 45 ? 60 : 45;
        String language = before.language().equals("cy") ? "en" : "cy";
        CouncilSettings wanted = new CouncilSettings(minVisit, before.primaryWindowMinutes(), before.secondaryWindowMinutes(), before.openWindowMinutes(),
                before.openStageRule(), before.handBackNoticeDays(), language, !before.mfaRequired(), "  Coventry Care & Support  ",
                before.version());

        CouncilSettings after = change(ADMIN, wanted);

        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.minVisitMinutes()).isEqualTo(minVisit);
        assertThat(after.emailSenderName()).isEqualTo("Coventry Care & Support");
        assertThat(settings(ADMIN)).isEqualTo(after);
        assertThat(number("select min_visit_minutes from council where code = 'coventry'")).isEqualTo(minVisit);

        Map<String, Object> details = lastDetails("COUNCIL_SETTINGS_CHANGED");
        assertThat(details).containsOnlyKeys("before", "after");
        assertThat(details.get("before")).isEqualTo(Map.of("minVisitMinutes", before.minVisitMinutes(),
                "language", before.language(), "mfaRequired", before.mfaRequired(), "emailSenderName", before.emailSenderName()));
        assertThat(details.get("after")).isEqualTo(Map.of("minVisitMinutes", minVisit, "language", language,
                "mfaRequired", !before.mfaRequired(), "emailSenderName", "Coventry Care & Support"));
    }

    @Test
    void an_admin_may_not_change_the_brokerage_policy_here_or_at_its_own_endpoint_and_nothing_changes() {
        CouncilSettings before = settings(ADMIN);
        BrokeragePolicy policy = api().retrieve(api().as(COMMISSIONER, GET("/api/brokerage-policy")), BrokeragePolicy.class);
        CouncilSettings otherWindow = new CouncilSettings(before.minVisitMinutes(), before.primaryWindowMinutes() + 60,
                before.secondaryWindowMinutes(), before.openWindowMinutes(), before.openStageRule(), before.handBackNoticeDays(),
                before.language(), before.mfaRequired(), before.emailSenderName(), before.version());
        var otherPolicy = new BrokeragePolicy(policy.primaryWindowMinutes() + 60, policy.secondaryWindowMinutes(),
                policy.openWindowMinutes(), policy.openStageRule(), policy.handBackNoticeDays(), policy.startToleranceDays());

        HttpClientResponseException here = api().refusal(api().as(ADMIN, PUT(SETTINGS, otherWindow)));
        HttpClientResponseException there = api().refusal(api().as(ADMIN, PUT("/api/brokerage-policy", otherPolicy)));

        assertThat(here.code()).isEqualTo(403);
        assertThat(Api.problemOf(here).detail()).contains("primaryWindowMinutes", "commissioners");
        assertThat(there.code()).isEqualTo(403);
        assertThat(settings(ADMIN)).isEqualTo(before);
        assertThat(api().retrieve(api().as(COMMISSIONER, GET("/api/brokerage-policy")), BrokeragePolicy.class)).isEqualTo(policy);
    }

    @Test
    void invalid_settings_are_refused_naming_the_field_and_change_nothing() {
        CouncilSettings before = settings(ADMIN);
        int audited = auditEvents("COUNCIL_SETTINGS_CHANGED");
        record Case(String field, CouncilSettings settings) {}
        var s = before;
        List<Case> cases = List.of(
                new Case("minVisitMinutes", withMinVisit(s, 10)),
                new Case("minVisitMinutes", withMinVisit(s, 241)),
                new Case("primaryWindowMinutes", new CouncilSettings(s.minVisitMinutes(), 4, s.secondaryWindowMinutes(), s.openWindowMinutes(),
                        s.openStageRule(), s.handBackNoticeDays(), s.language(), s.mfaRequired(), s.emailSenderName(), s.version())),
                new Case("handBackNoticeDays", new CouncilSettings(s.minVisitMinutes(), s.primaryWindowMinutes(), s.secondaryWindowMinutes(),
                        s.openWindowMinutes(), s.openStageRule(), 91, s.language(), s.mfaRequired(), s.emailSenderName(), s.version())),
                new Case("language", new CouncilSettings(s.minVisitMinutes(), s.primaryWindowMinutes(), s.secondaryWindowMinutes(),
                        s.openWindowMinutes(), s.openStageRule(), s.handBackNoticeDays(), "fr", s.mfaRequired(), s.emailSenderName(), s.version())),
                new Case("emailSenderName", new CouncilSettings(s.minVisitMinutes(), s.primaryWindowMinutes(), s.secondaryWindowMinutes(),
                        s.openWindowMinutes(), s.openStageRule(), s.handBackNoticeDays(), s.language(), s.mfaRequired(),
                        "Coventry\r\nBcc: everyone@example.org", s.version())),
                new Case("emailSenderName", new CouncilSettings(s.minVisitMinutes(), s.primaryWindowMinutes(), s.secondaryWindowMinutes(),
                        s.openWindowMinutes(), s.openStageRule(), s.handBackNoticeDays(), s.language(), s.mfaRequired(), "   ", s.version())),
                new Case("version", new CouncilSettings(s.minVisitMinutes(), s.primaryWindowMinutes(), s.secondaryWindowMinutes(),
                        s.openWindowMinutes(), s.openStageRule(), s.handBackNoticeDays(), s.language(), s.mfaRequired(), s.emailSenderName(), null)));

        for (Case bad : cases) {
            HttpClientResponseException refused = api().refusal(api().as(ADMIN, PUT(SETTINGS, bad.settings())));
            assertThat(refused.code()).as(bad.toString()).isEqualTo(400);
            Problem problem = Api.problemOf(refused);
            assertThat(problem.errors()).as(bad.toString()).extracting(Problem.FieldError::field).contains(bad.field());
        }
        HttpClientResponseException noRule = api().refusal(api().as(ADMIN, PUT(SETTINGS, Map.of("minVisitMinutes", 30))));
        assertThat(noRule.code()).isEqualTo(400);

        assertThat(settings(ADMIN)).isEqualTo(before);
        assertThat(auditEvents("COUNCIL_SETTINGS_CHANGED")).isEqualTo(audited);
    }

    @Test
    void of_racing_changes_from_the_same_version_exactly_one_wins_and_the_rest_are_told_it_is_stale() throws Exception {
        CouncilSettings loaded = settings(ADMIN);
        int racers = 6;
        api().tokenFor(ADMIN);
        List<Integer> codes = Race.of(racers, i -> Race.status(
                () -> api().exchange(api().as(ADMIN, PUT(SETTINGS, withMinVisit(loaded, 20 + i * 5))), String.class)));

        assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
        assertThat(codes).filteredOn(code -> code == 409).hasSize(racers - 1);
        CouncilSettings after = settings(ADMIN);
        assertThat(after.version()).isEqualTo(loaded.version() + 1);

        HttpClientResponseException stale = api().refusal(api().as(ADMIN, PUT(SETTINGS, withMinVisit(loaded, 90))));
        assertThat(stale.code()).isEqualTo(409);
        assertThat(Api.problemOf(stale).type()).isEqualTo("urn:homecare-portal:problem:conflict");
        assertThat(settings(ADMIN)).isEqualTo(after);
    }

    @Test
    void the_brokerage_policy_endpoint_still_works_and_makes_a_loaded_version_of_the_settings_stale() {
        CouncilSettings loaded = settings(ADMIN);
        var policy = new BrokeragePolicy(180, 240, 600, OpenStageRule.FIRST_TO_ACCEPT, 7, 21);

        BrokeragePolicy changed = api().retrieve(api().as(COMMISSIONER, PUT("/api/brokerage-policy", policy)), BrokeragePolicy.class);

        assertThat(changed).isEqualTo(policy);
        CouncilSettings now = settings(ADMIN);
        assertThat(now.openWindowMinutes()).isEqualTo(600);
        assertThat(now.openStageRule()).isEqualTo(OpenStageRule.FIRST_TO_ACCEPT);
        assertThat(api().refusal(api().as(ADMIN, PUT(SETTINGS, withMinVisit(loaded, 25)))).code()).isEqualTo(409);
    }

    @Test
    void another_councils_admin_reads_and_changes_only_their_own_and_a_commissioner_neither() {
        CouncilSettings coventry = settings(ADMIN);
        CouncilSettings bradford = settings(OTHER_ADMIN);
        int bradfordMinVisit = bradford.minVisitMinutes() == 50 ? 55 : 50;

        change(OTHER_ADMIN, withMinVisit(bradford, bradfordMinVisit));

        assertThat(settings(ADMIN)).isEqualTo(coventry);
        assertThat(settings(OTHER_ADMIN).minVisitMinutes()).isEqualTo(bradfordMinVisit);
        assertThat(api().refusal(api().as(COMMISSIONER, GET(SETTINGS))).code()).isEqualTo(403);
        assertThat(api().refusal(api().as(COMMISSIONER, PUT(SETTINGS, coventry))).code()).isEqualTo(403);
        assertThat(settings(ADMIN)).isEqualTo(coventry);
    }

    @Test
    void the_days_a_provider_has_to_answer_a_variation_are_five_until_changed_audited_and_kept_within_four_weeks() throws IOException {
        CouncilSettings before = settings(ADMIN);
        assertThat(before.variationResponseDays()).isNotNull();
        int days = before.variationResponseDays() == 7 ? 8 : 7;

        CouncilSettings after = change(ADMIN, new CouncilSettings(before.minVisitMinutes(), before.primaryWindowMinutes(),
                before.secondaryWindowMinutes(), before.openWindowMinutes(), before.openStageRule(), before.handBackNoticeDays(),
                before.language(), before.mfaRequired(), before.emailSenderName(), before.version(), days, null));
        var tooLong = api().refusal(api().as(ADMIN, PUT(SETTINGS, new CouncilSettings(after.minVisitMinutes(), after.primaryWindowMinutes(),
                after.secondaryWindowMinutes(), after.openWindowMinutes(), after.openStageRule(), after.handBackNoticeDays(),
                after.language(), after.mfaRequired(), after.emailSenderName(), after.version(), 29, null))));

        assertThat(after.variationResponseDays()).isEqualTo(days);
        assertThat(number("select variation_response_days from council where code = 'coventry'")).isEqualTo(days);
        assertThat(lastDetails("COUNCIL_SETTINGS_CHANGED").get("after")).isEqualTo(Map.of("variationResponseDays", days));
        assertThat(tooLong.getStatus().getCode()).isEqualTo(400);
        assertThat(settings(ADMIN).variationResponseDays()).isEqualTo(days);
    }
}
