package uk.homecare.portal.ui.capacity;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.grid;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Capacity informs brokerage: the provider's offer and the commissioner's bids show the reported spare capacity in the zone. */
class CapacityInBrokerageTest {

    private KaribuUi ui;
    private FakeBrokerageClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.brokerage();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private Offer anOffer(Integer spareCapacityMinutes) {
        Instant now = ui.clock().instant();
        CarePackage p = api.aPackage("PKG-1", PackageStatus.PRIMARY, now.minusSeconds(600));
        Offer o = api.anOffer(p, OfferStage.PRIMARY, now.plusSeconds(7200), false);
        Offer offer = new Offer(o.id(), o.packageId(), o.reference(), o.council(), o.zone(), o.lot(), o.funding(),
                o.weeklyMinutes(), o.visitPattern(), o.startDate(), o.needsSummary(), o.postcodeDistrict(), o.stage(),
                o.response(), o.offeredAt(), o.windowEndsAt(), o.priceCompetition(), null, null, spareCapacityMinutes,
                List.of(), null, null, null);
        api.offers.add(offer);
        return offer;
    }

    @Test
    void theOfferShowsTheProvidersReportedCapacityInTheZone() {
        Offer offer = anOffer(2400);
        ui.signInAs("pete");
        ui.navigate("offers/" + offer.id());

        assertThat(byId(Paragraph.class, "offer-capacity").getText())
                .isEqualTo("Your reported capacity in Coventry North: 40 hours a week");
    }

    @Test
    void withoutAReportTheOfferLinksToTheReportPageForThatZone() {
        Offer offer = anOffer(null);
        ui.signInAs("pete");
        ui.navigate("offers/" + offer.id());

        assertThat(byId(Paragraph.class, "offer-capacity").getElement().getTextRecursively())
                .startsWith("You have not reported capacity for Coventry North this week.");
        RouterLink report = byId(RouterLink.class, "offer-capacity-report");
        assertThat(report.getHref()).startsWith("capacity?")
                .contains("council=" + FakeIdentityClient.COVENTRY.id(), "zone=" + FakeBrokerageClient.ZONE.id());
    }

    @Test
    void theBidsShowEachProvidersReportedCapacity() {
        Instant now = ui.clock().instant();
        CarePackage p = api.aPackage("PKG-2", PackageStatus.OPEN, now.minusSeconds(7200));
        api.packages.add(p);
        LocalDate proposedStart = p.startDate().plusWeeks(1);
        api.bids.put(p.id(), List.of(
                new Bid(UUID.randomUUID(), new NamedRef(UUID.randomUUID(), "Caring Hands Ltd"), OfferResponse.BID,
                        proposedStart, 2150, now.minusSeconds(600), 2700, null),
                new Bid(UUID.randomUUID(), new NamedRef(UUID.randomUUID(), "Home Helpers"), OfferResponse.BID,
                        proposedStart, 2090, now.minusSeconds(300), null, null)));
        ui.signInAs("cora");
        ui.navigate("packages/" + p.id());

        var bids = grid("bids-grid");
        assertThat(_getFormattedRow(bids, 0)).contains("45 h a week");
        assertThat(_getFormattedRow(bids, 1)).contains("Not reported this week");
    }
}
