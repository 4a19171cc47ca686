package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

@Tag("calendar")
@MicronautTest(transactional = false)
class PublishingAndCascadeTest extends BrokerageTest {

    @Test
    void a_published_package_is_offered_to_the_primary_provider_of_its_zone_lot_with_a_window_to_answer() {
        CarePackage published = publishedInCentral();

        assertThat(published.status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(published.reference()).matches("COV-\\d{6}");
        assertThat(published.stageEndsAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1440)));
        var offer = offerFor(SPON_END, published);
        assertThat(offer.stage()).isEqualTo(OfferStage.PRIMARY);
        assertThat(offer.response()).isEqualTo(OfferResponse.PENDING);
        assertThat(offer.postcodeDistrict()).isEqualTo("CV5");
    }

    @Test
    void visits_shorter_than_the_councils_minimum_are_refused_on_that_field_and_nothing_is_created() {
        UUID zone = coventryZone("NORTH");
        PackageForm form = packageForm(zone, lotOfZone(zone));
        PackageForm shortVisits = new PackageForm(form.zoneId(), form.lotId(), form.funding(), form.weeklyMinutes(),
                new VisitPattern(4, 15, form.visitPattern().timesOfDay(), false, false), form.startDate(), form.needsSummary(), form.person());
        int before = packages().size();

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, POST("/api/packages", shortVisits))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("visitPattern.visitMinutes");
            assertThat(error.message()).contains("at least 30 minutes");
        });
        assertThat(packages()).hasSize(before);
    }

    @Test
    void an_nhs_number_that_fails_the_modulus_11_check_is_refused() {
        UUID zone = coventryZone("NORTH");
        PackageForm form = packageForm(zone, lotOfZone(zone));
        var person = new uk.homecare.portal.api.brokerage.PersonDetails("Ada", "Quennell", form.person().dateOfBirth(),
                "9434765918", form.person().addressLine(), form.person().postcode());
        PackageForm badNumber = new PackageForm(form.zoneId(), form.lotId(), form.funding(), form.weeklyMinutes(),
                form.visitPattern(), form.startDate(), form.needsSummary(), person);

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, POST("/api/packages", badNumber))));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("person.nhsNumber");
    }

    @Test
    void a_lot_that_covers_another_zone_is_refused() {
        UUID central = coventryZone("CENTRAL");
        UUID northLot = lotOfZone(coventryZone("NORTH"));

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, POST("/api/packages", packageForm(central, northLot)))));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("lotId");
    }

    @Test
    void a_decline_passes_the_package_to_the_secondary_provider_at_once_and_the_reason_is_in_its_history() {
        CarePackage published = publishedInCentral();

        var declined = decline(SPON_END, offerFor(SPON_END, published));

        assertThat(declined.response()).isEqualTo(OfferResponse.DECLINED);
        assertThat(show(published).status()).isEqualTo(PackageStatus.SECONDARY);
        assertThat(inbox(SPON_END)).noneMatch(o -> o.packageId().equals(published.id()));
        assertThat(history(published)).extracting(HistoryEntry::action)
                .containsExactly("DRAFTED", "PUBLISHED", "ENTERED_PRIMARY", "DECLINED", "ENTERED_SECONDARY");
        assertThat(history(published).get(3).details()).contains("NO_CAPACITY");
        assertThat(history(published).get(4).details()).contains("Swanswell Pool");
    }

    @Test
    void when_windows_lapse_the_package_moves_secondary_then_open_then_unallocated_and_heads_the_board() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        CarePackage published = publishedInCentral();
        CarePackage waitingLonger = publishedInCentral();

        clock.advance(Duration.ofMinutes(59));
        cascade.advanceLapsed(clock.instant());
        assertThat(show(published).status()).as("still inside the primary window").isEqualTo(PackageStatus.PRIMARY);

        clock.advance(Duration.ofMinutes(1));
        cascade.advanceLapsed(clock.instant());
        assertThat(show(published).status()).isEqualTo(PackageStatus.SECONDARY);

        clock.advance(Duration.ofMinutes(60));
        cascade.advanceLapsed(clock.instant());
        assertThat(show(published).status()).isEqualTo(PackageStatus.OPEN);
        assertThat(offerFor(SPON_END, published).stage()).as("the OPEN stage goes to every provider on the lot").isEqualTo(OfferStage.OPEN);

        clock.advance(Duration.ofMinutes(120));
        cascade.advanceLapsed(clock.instant());
        assertThat(show(published).status()).isEqualTo(PackageStatus.UNALLOCATED);
        assertThat(show(waitingLonger).status()).isEqualTo(PackageStatus.UNALLOCATED);
        assertThat(inbox(SPON_END)).noneMatch(o -> o.packageId().equals(published.id()));
        assertThat(packages().getFirst().status()).isEqualTo(PackageStatus.UNALLOCATED);
        assertThat(history(published)).extracting(HistoryEntry::action).endsWith("ENTERED_SECONDARY", "ENTERED_OPEN", "ENTERED_UNALLOCATED");
        assertThat(history(published).getLast().role()).isEqualTo("SYSTEM");
    }

    @Test
    void cascade_ticks_racing_on_several_nodes_move_each_lapsed_package_once() throws Exception {
        List<CarePackage> published = List.of(publishedInCentral(), publishedInCentral(), publishedInCentral());
        clock.advance(Duration.ofDays(1));

        var ticks = new java.util.ArrayList<java.util.concurrent.Future<Cascade.Moves>>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                ticks.add(pool.submit(() -> cascade.advanceLapsed(clock.instant())));
            }
        }
        int moved = 0;
        for (var tick : ticks) {
            moved += tick.get().packages();
        }

        assertThat(moved).isEqualTo(3);
        for (CarePackage p : published) {
            assertThat(history(p)).filteredOn(h -> h.action().equals("ENTERED_SECONDARY")).hasSize(1);
        }
    }

    List<CarePackage> packages() {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages")), Argument.listOf(CarePackage.class));
    }

    List<HistoryEntry> history(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class));
    }
}
