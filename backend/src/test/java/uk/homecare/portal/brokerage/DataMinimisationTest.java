package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OpenStageRule;

/**
 * Before award a provider learns nothing that identifies the person: no name, NHS number, date of
 * birth, address or full postcode, from any endpoint it can call. Every response body is checked as raw text.
 */
@MicronautTest(transactional = false)
class DataMinimisationTest extends BrokerageTest {

    private static final List<String> IDENTITY = List.of(HAROLD.givenName(), HAROLD.familyName(), HAROLD.nhsNumber(),
            HAROLD.addressLine(), "Lavender", HAROLD.postcode(), "CV56AB", HAROLD.dateOfBirth().toString());

    @Test
    void no_provider_endpoint_reveals_who_the_person_is_before_award() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders("Minimised", 3, true);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        List<String> providers = List.of(
                "minimised-0@coventry.test", "minimised-1@coventry.test", "minimised-2@coventry.test");
        Offer first = offerFor(providers.get(0), published);
        Offer second = offerFor(providers.get(1), published);
        Offer third = offerFor(providers.get(2), published);

        List<String> bodies = new ArrayList<>();
        bodies.add(body(providers.get(0), GET("/api/offers")));
        bodies.add(body(providers.get(0), GET("/api/offers?council=" + published.council().id() + "&stage=OPEN")));
        bodies.add(body(providers.get(0), GET("/api/offers/" + first.id())));
        bodies.add(body(providers.get(0), GET("/api/care-packages")));
        bodies.add(body(providers.get(0), POST("/api/offers/" + first.id() + "/accept", new AcceptOffer(today().plusDays(8)))));
        bodies.add(body(providers.get(1), POST("/api/offers/" + second.id() + "/bid", new BidForm(today().plusDays(8), 2300))));
        bodies.add(body(providers.get(2), POST("/api/offers/" + third.id() + "/decline", new DeclineOffer(DeclineReason.GEOGRAPHY, "Too far"))));
        bodies.add(refusalBody(providers.get(0), GET("/api/packages/" + published.id())));
        bodies.add(refusalBody(providers.get(0), GET("/api/packages/" + published.id() + "/history")));
        bodies.add(refusalBody(providers.get(0), GET("/api/packages/" + published.id() + "/bids")));
        bodies.add(refusalBody(providers.get(0), GET("/api/packages")));

        assertThat(bodies).hasSize(11).allSatisfy(body -> assertThat(body).doesNotContain(IDENTITY));
        assertThat(bodies.get(2)).contains("CV5").contains(published.reference());
    }

    @Test
    void after_award_only_the_winning_provider_sees_the_person() {
        CarePackage published = publishedInCentral();
        accept(SPON_END, offerFor(SPON_END, published));
        String loser = providerUsers("Loser", 1).getFirst();

        assertThat(body(SPON_END, GET("/api/care-packages"))).contains(HAROLD.familyName(), HAROLD.nhsNumber(), HAROLD.addressLine());
        assertThat(body(loser, GET("/api/care-packages"))).doesNotContain(IDENTITY);
    }

    @Test
    void a_commissioner_of_another_council_sees_nothing_of_the_package() {
        CarePackage published = publishedInCentral();

        assertThat(api().refusal(api().as(OTHER_COUNCIL, GET("/api/packages/" + published.id()))).getStatus().getCode()).isEqualTo(404);
        assertThat(api().refusal(api().as(OTHER_COUNCIL, GET("/api/packages/" + published.id() + "/history"))).getStatus().getCode()).isEqualTo(404);
        assertThat(body(OTHER_COUNCIL, GET("/api/packages"))).doesNotContain(published.reference()).doesNotContain(IDENTITY);
    }

    String body(String user, MutableHttpRequest<?> request) {
        return api().retrieve(api().as(user, request), String.class);
    }

    String refusalBody(String user, MutableHttpRequest<?> request) {
        return api().refusal(api().as(user, request)).getResponse().getBody(String.class).orElse("");
    }
}
