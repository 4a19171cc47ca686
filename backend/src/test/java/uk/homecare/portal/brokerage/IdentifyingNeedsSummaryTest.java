package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

/**
 * A needs summary that identifies the person is refused before any provider could read it, naming the
 * field: when a commissioner drafts or publishes a package, and when a partner places a CHC package.
 * Nothing is stored.
 */
@Tag("calendar")
@MicronautTest(transactional = false)
class IdentifyingNeedsSummaryTest extends BrokerageTest {

    private PackageForm withNeeds(String needs) {
        PackageForm form = packageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL")));
        return new PackageForm(form.zoneId(), form.lotId(), form.funding(), form.weeklyMinutes(), form.visitPattern(), form.startDate(),
                needs, form.person());
    }

    private Problem refused(HttpClientResponseException refusal) {
        assertThat(refusal.code()).isEqualTo(400);
        Problem problem = Api.problemOf(refusal);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("needsSummary");
        return problem;
    }

    private int stored() {
        return number("select count(*) from care_package") + number("select count(*) from person");
    }

    @Test
    void a_draft_whose_needs_summary_names_the_person_or_gives_their_details_is_refused_and_nothing_is_stored() {
        int before = stored();
        for (String needs : List.of("Ada needs help with meals", "Mrs Quennell lives alone", "NHS 943 476 5919",
                "Born 17/05/1938", "Lives at 7 Lavender Row, Earlsdon", "Key safe at CV5 6AB", "Her husband is 401 023 2137")) {
            refused(api().refusal(api().as(COMMISSIONER, POST("/api/packages", withNeeds(needs)))));
        }
        assertThat(stored()).isEqualTo(before);

        CarePackage draft = draft(withNeeds("Help with washing and meals; lives alone; a cat."));
        assertThat(draft.needsSummary()).isEqualTo("Help with washing and meals; lives alone; a cat.");
    }

    @Test
    void a_draft_is_checked_again_on_publishing_against_the_persons_record_as_corrected_since() {
        CarePackage draft = draft(withNeeds("Help with washing and meals; Quenby the cat needs feeding too."));
        execute("update person set family_name = 'Quenby' where id = (select person_id from care_package where id = ?)", draft.id());

        refused(api().refusal(api().as(COMMISSIONER, POST("/api/packages/" + draft.id() + "/publish", ""))));

        assertThat(show(draft).status()).isEqualTo(uk.homecare.portal.api.brokerage.PackageStatus.DRAFT);
        assertThat(number("select count(*) from offer where package_id = ?", draft.id())).isZero();
    }

    @Test
    void a_partners_chc_package_whose_needs_summary_gives_the_date_of_birth_is_refused_and_nothing_is_stored() {
        PackageForm base = packageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL")));
        UUID coventry = id("select id from council where code = 'coventry'");
        var form = new ChcPackageForm(coventry, coventryZone("CENTRAL"), null, 900, base.visitPattern(), base.startDate(),
                "PEG feeding; born 17 May 1938.", HAROLD, "ICB-IDENT-1");
        int before = stored();

        refused(api().refusal(POST("/api/chc/packages", form).bearerAuth(api().partnerToken())
                .header("Idempotency-Key", UUID.randomUUID().toString())));

        assertThat(stored()).isEqualTo(before);
    }
}
