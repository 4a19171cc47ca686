package uk.homecare.portal.chc;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/**
 * How a CHC placement finds its lot (by service category among the lots of the frameworks in force), how the
 * partner's own reference of a request keeps retries to one package, and what start the partner's history shows.
 */
@Tag("calendar")
@MicronautTest(transactional = false)
class ChcPlacementRulesTest extends PortalTest {

    static final String SPON_END = "provider@coventry.demo";

    UUID coventry() {
        return id("select id from council where code = 'coventry'");
    }

    UUID centralZone() {
        return id("select z.id from zone z join council c on c.id = z.council_id where c.code = 'coventry' and z.code = 'CENTRAL'");
    }

    UUID lotNamed(String name) {
        return id("select id from lot where name = ?", name);
    }

    ChcPackageForm form(String partnerReference, ServiceCategory category, UUID lot, int weeklyMinutes) {
        return new ChcPackageForm(coventry(), centralZone(), lot, weeklyMinutes,
                new VisitPattern(2, 60, List.of(TimeOfDay.MORNING, TimeOfDay.EVENING), false, false),
                clock.today().plusDays(10), "Support with medication and personal care.", ChcPartnerApiTest.PATIENT,
                partnerReference, category);
    }

    MutableHttpRequest<ChcPackageForm> placing(String key, ChcPackageForm form) {
        return POST("/api/chc/packages", form).bearerAuth(api().partnerToken()).header("Idempotency-Key", key);
    }

    ChcPackage place(ChcPackageForm form) {
        return api().retrieve(placing(UUID.randomUUID().toString(), form), ChcPackage.class);
    }

    Problem refused(ChcPackageForm form) {
        return Api.problemOf(api().refusal(placing(UUID.randomUUID().toString(), form)));
    }

    int packagesWith(String partnerReference) {
        return number("select count(*) from care_package where partner_reference = ?", partnerReference);
    }

    UUID citywideLot(String name, ServiceCategory category, UUID framework) {
        return id("""
                insert into lot (council_id, framework_id, name, kind, service_category)
                values (?, ?, ?, 'CITYWIDE', ?) returning id""", coventry(), framework, name, category.name());
    }

    @Test
    void without_a_lot_the_service_category_chooses_the_zones_own_lot_or_else_a_council_wide_one() {
        ChcPackage general = place(form("ICB-LOT-1", null, null, 600));
        ChcPackage mentalHealth = place(form("ICB-LOT-2", ServiceCategory.MENTAL_HEALTH, null, 600));
        ChcPackage learning = place(form("ICB-LOT-3", ServiceCategory.LEARNING_DISABILITY, null, 600));

        assertThat(general.lot().name()).isEqualTo("GP cluster: Central");
        assertThat(mentalHealth.lot().name()).isEqualTo("Citywide: mental ill health");
        assertThat(learning.lot().name()).isEqualTo("Citywide: learning disabilities");
    }

    @Test
    void when_category_and_frameworks_do_not_settle_one_lot_the_placement_is_refused_with_the_lots_to_choose_from() {
        UUID framework = id("select framework_id from lot where name = 'GP cluster: Central'");
        UUID crisis = citywideLot("Citywide: physical disability, crisis", ServiceCategory.PHYSICAL_DISABILITY, framework);
        UUID ongoing = citywideLot("Citywide: physical disability, ongoing", ServiceCategory.PHYSICAL_DISABILITY, framework);
        UUID ended = id("""
                insert into framework (council_id, name, starts_on, initial_term_months)
                values (?, 'Children at home (ended)', ?, 12) returning id""", coventry(), clock.today().minusYears(3));
        citywideLot("Children at home: citywide", ServiceCategory.CHILDREN, ended);

        Problem twoLots = refused(form("ICB-LOT-4", ServiceCategory.PHYSICAL_DISABILITY, null, 600));
        Problem noLot = refused(form("ICB-LOT-5", ServiceCategory.CHILDREN, null, 600));

        assertThat(twoLots.status()).isEqualTo(422);
        assertThat(twoLots.type()).isEqualTo(ProblemType.LOT_CHOICE_NEEDED.urn());
        assertThat(twoLots.errors()).extracting(Problem.FieldError::field).containsExactly("lotId");
        assertThat(twoLots.choices()).extracting(Problem.Choice::id).containsExactlyInAnyOrder(crisis, ongoing);
        assertThat(noLot.status()).isEqualTo(422);
        assertThat(noLot.choices()).as("every lot in force that serves the zone, and none of the ended framework")
                .extracting(Problem.Choice::name)
                .contains("GP cluster: Central", "Citywide: mental ill health", "Citywide: physical disability, crisis")
                .doesNotContain("Children at home: citywide", "GP cluster: North");
        assertThat(packagesWith("ICB-LOT-4") + packagesWith("ICB-LOT-5")).as("a refusal places nothing").isZero();

        ChcPackage chosen = place(form("ICB-LOT-4", ServiceCategory.PHYSICAL_DISABILITY, ongoing, 600));
        assertThat(chosen.lot().id()).isEqualTo(ongoing);
    }

    @Test
    void a_second_request_with_the_same_partner_reference_returns_the_first_package_whatever_its_idempotency_key() {
        ChcPackageForm form = form("ICB-NK-1", null, null, 600);
        String secondKey = UUID.randomUUID().toString();
        ChcPackage first = place(form);

        HttpResponse<ChcPackage> retried = api().exchange(placing(secondKey, form), ChcPackage.class);
        Problem otherBody = refused(form("ICB-NK-1", null, null, 720));
        HttpResponse<ChcPackage> retriedAgain = api().exchange(placing(secondKey, form), ChcPackage.class);

        assertThat(retried.getStatus().getCode()).isEqualTo(201);
        assertThat(retried.body().id()).isEqualTo(first.id());
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED.urn());
        assertThat(otherBody.errors()).extracting(Problem.FieldError::field).containsExactly("partnerReference");
        assertThat(retriedAgain.body().id()).isEqualTo(first.id());
        assertThat(packagesWith("ICB-NK-1")).isEqualTo(1);
        assertThat(place(form("ICB-NK-2", null, null, 600)).id()).as("another reference, another package").isNotEqualTo(first.id());
    }

    @Test
    void requests_racing_with_one_partner_reference_and_different_keys_create_one_package() throws Exception {
        ChcPackageForm form = form("ICB-NK-RACE", null, null, 600);
        var start = new CountDownLatch(1);
        List<Future<HttpResponse<ChcPackage>>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                Callable<HttpResponse<ChcPackage>> call = () -> {
                    start.await();
                    return api().exchange(placing(UUID.randomUUID().toString(), form), ChcPackage.class);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
        }
        List<HttpResponse<ChcPackage>> responses = new ArrayList<>();
        for (var result : results) {
            responses.add(result.get());
        }

        assertThat(responses).extracting(r -> r.getStatus().getCode()).containsOnly(201);
        assertThat(responses).extracting(r -> r.body().id()).containsOnly(responses.getFirst().body().id());
        assertThat(responses).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(packagesWith("ICB-NK-RACE")).isEqualTo(1);
    }

    @Test
    void the_partners_history_shows_the_start_agreed_with_the_provider() {
        ChcPackage placed = place(form("ICB-START-1", null, null, 600));
        Offer offer = api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)).stream()
                .filter(o -> o.packageId().equals(placed.id())).findFirst().orElseThrow();
        var proposed = clock.today().plusDays(12);
        api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(proposed))), Offer.class);

        List<HistoryEntry> history = api().retrieve(GET("/api/chc/packages/" + placed.id() + "/history").bearerAuth(api().partnerToken()),
                Argument.listOf(HistoryEntry.class));

        assertThat(placed.startDate()).isEqualTo(clock.today().plusDays(10));
        assertThat(history).filteredOn(h -> h.action().equals("AWARDED")).singleElement()
                .satisfies(h -> assertThat(h.details()).contains("agreedStart: " + proposed));
    }
}
