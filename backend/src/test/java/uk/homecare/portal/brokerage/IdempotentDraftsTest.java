package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.testing.Api;

/** Drafting a package takes an Idempotency-Key, with the rules of CHC placements (platform.idempotency). */
@MicronautTest(transactional = false)
class IdempotentDraftsTest extends BrokerageTest {

    /**
     * A form no other test sends: its summary names the key, in letters only, since a random key's digits can now and
     * then make a valid NHS number, which the needs summary refuses.
     */
    PackageForm formFor(String key, int weeklyMinutes) {
        UUID zone = coventryZone("CENTRAL");
        PackageForm form = packageForm(zone, lotOfZone(zone));
        return new PackageForm(form.zoneId(), form.lotId(), form.funding(), weeklyMinutes, form.visitPattern(), form.startDate(),
                summary(key), form.person());
    }

    MutableHttpRequest<PackageForm> drafting(String user, String key, int weeklyMinutes) {
        return api().as(user, POST("/api/packages", formFor(key, weeklyMinutes))).header("Idempotency-Key", key);
    }

    int drafts(String key) {
        return number("select count(*) from care_package where needs_summary = ?", summary(key));
    }

    static String summary(String key) {
        StringBuilder letters = new StringBuilder("Idempotency ");
        key.chars().forEach(c -> letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return letters.toString();
    }

    @Test
    void a_draft_repeated_with_its_key_after_its_answer_was_lost_is_drafted_once_and_answered_again() {
        String key = UUID.randomUUID().toString();
        api().exchange(drafting(COMMISSIONER, key, 600), String.class); // committed; the answer never arrived

        HttpResponse<CarePackage> retried = api().exchange(drafting(COMMISSIONER, key, 600), CarePackage.class);

        assertThat(retried.getStatus().getCode()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.body().id()).isEqualTo(id("select id from care_package where needs_summary = ?", summary(key)));
        assertThat(drafts(key)).isOne();
    }

    @Test
    void racing_drafts_with_one_key_draft_one_package() throws Exception {
        String key = UUID.randomUUID().toString();
        List<MutableHttpRequest<PackageForm>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            requests.add(drafting(COMMISSIONER, key, 600));
        }

        List<HttpResponse<CarePackage>> answers = api().race(requests, CarePackage.class);

        assertThat(answers).extracting(HttpResponse::code).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().id()).containsOnly(answers.getFirst().body().id());
        assertThat(answers).filteredOn(answer -> answer.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(drafts(key)).isOne();
    }

    @Test
    void the_same_key_with_other_hours_is_refused_and_drafts_nothing() {
        String key = UUID.randomUUID().toString();
        api().retrieve(drafting(COMMISSIONER, key, 600), CarePackage.class);

        var refused = api().refusal(drafting(COMMISSIONER, key, 720));

        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(Api.problemOf(refused).type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED.urn());
        assertThat(drafts(key)).isOne();
        assertThat(number("select weekly_minutes from care_package where needs_summary = ?", summary(key))).isEqualTo(600);
    }

    @Test
    void another_councils_commissioner_with_the_same_key_neither_sees_the_first_answer_nor_is_refused_for_it() {
        String key = UUID.randomUUID().toString();
        api().retrieve(drafting(COMMISSIONER, key, 600), CarePackage.class);

        // Bradford's commissioner cannot draft in Coventry's zone: refused as any such request is, not answered from the key.
        var refused = api().refusal(drafting(OTHER_COUNCIL, key, 600));

        assertThat(refused.getResponse().header("Idempotent-Replayed")).isNull();
        assertThat(refused.getStatus().getCode()).isNotEqualTo(422);
        assertThat(drafts(key)).isOne();
    }
}
