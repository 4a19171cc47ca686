package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.ReviewForm;

/**
 * As each role, the actions a package or an offer lists are the ones the API then allows: every listed
 * action succeeds on a fresh copy, and an action not listed is refused.
 */
@Tag("calendar")
@MicronautTest(transactional = false)
class ListedPackageActionsTest extends BrokerageTest {

    static final String ADMIN = "admin@coventry.demo";

    @Test
    void a_commissioner_may_publish_a_draft_and_an_admin_who_may_not_is_refused() {
        UUID zone = coventryZone("CENTRAL");
        CarePackage draft = draft(packageForm(zone, lotOfZone(zone)));

        assertThat(draft.actions()).containsExactly(PackageAction.PUBLISH, PackageAction.CANCEL, PackageAction.EDIT);
        assertThat(as(ADMIN, draft).actions()).isEmpty();
        assertThat(refusedStatus(api().as(ADMIN, POST("/api/packages/" + draft.id() + "/publish", "")))).isEqualTo(403);

        CarePackage published = publish(draft);
        assertThat(published.status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(published.actions()).containsExactly(PackageAction.CANCEL);
        assertThat(refusedStatus(api().as(COMMISSIONER, POST("/api/packages/" + draft.id() + "/publish", "")))).isEqualTo(409);
    }

    @Test
    void a_pending_offer_lists_accept_and_decline_and_each_succeeds_while_a_bid_it_does_not_list_is_refused() {
        Offer toAccept = offerFor(SPON_END, publishedInCentral());
        Offer toDecline = offerFor(SPON_END, publishedInCentral());

        assertThat(toAccept.actions()).containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE);
        assertThat(toAccept.lapsingSoonFrom()).isEqualTo(toAccept.windowEndsAt().minus(Duration.ofHours(2)));
        assertThat(refusedStatus(api().as(SPON_END, POST("/api/offers/" + toAccept.id() + "/bid", new BidForm(today().plusDays(9), null)))))
                .isEqualTo(409);

        Offer accepted = accept(SPON_END, toAccept);
        Offer declined = decline(SPON_END, toDecline);

        assertThat(accepted.actions()).isEmpty();
        assertThat(declined.actions()).isEmpty();
        assertThat(refusedStatus(api().as(SPON_END, POST("/api/offers/" + toAccept.id() + "/decline",
                new uk.homecare.portal.api.brokerage.DeclineOffer(uk.homecare.portal.api.brokerage.DeclineReason.NO_CAPACITY, null)))))
                .isEqualTo(409);
    }

    @Test
    void an_offer_whose_window_has_closed_lists_nothing_and_is_refused() {
        Offer offer = offerFor(SPON_END, publishedInCentral());
        clock.advance(Duration.between(clock.instant(), offer.windowEndsAt()).plusMinutes(1));

        Offer late = api().retrieve(api().as(SPON_END, GET("/api/offers/" + offer.id())), Offer.class);

        assertThat(late.actions()).isEmpty();
        assertThat(refusedStatus(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept",
                new uk.homecare.portal.api.brokerage.AcceptOffer(today().plusDays(10)))))).isEqualTo(409);
    }

    @Test
    void in_the_open_stage_a_bid_is_listed_and_taken_and_then_the_commissioner_alone_is_offered_the_award() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders("Listed bids", 2, false);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        String bidder = "listed-bids-0@coventry.test";
        Offer offer = offerFor(bidder, published);
        assertThat(offer.actions()).containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.BID);
        assertThat(show(published).actions()).as("no bids yet").containsExactly(PackageAction.CANCEL);

        Offer bid = api().retrieve(api().as(bidder, POST("/api/offers/" + offer.id() + "/bid", new BidForm(today().plusDays(9), null))), Offer.class);

        assertThat(bid.actions()).as("a bid may be replaced until the stage ends").contains(OfferAction.BID);
        assertThat(show(published).actions()).containsExactly(PackageAction.AWARD, PackageAction.CANCEL);
        assertThat(as(ADMIN, published).actions()).isEmpty();
        List<Bid> bids = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + published.id() + "/bids")), Argument.listOf(Bid.class));
        assertThat(refusedStatus(api().as(ADMIN, POST("/api/packages/" + published.id() + "/award", new AwardForm(bids.get(0).offerId())))))
                .isEqualTo(403);

        CarePackage awarded = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + published.id() + "/award",
                new AwardForm(bids.get(0).offerId()))), CarePackage.class);

        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(awarded.actions()).doesNotContain(PackageAction.AWARD);
    }

    @Test
    void the_provider_holding_a_package_may_hand_it_back_once_and_its_council_may_move_it_at_review() {
        CarePackage published = publishedInCentral();
        accept(SPON_END, offerFor(SPON_END, published));
        CarePackage held = heldBy(SPON_END, published);

        assertThat(held.actions()).containsExactly(PackageAction.HAND_BACK, PackageAction.REPORT_ADMISSION, PackageAction.REPORT_ENDING);
        assertThat(show(published).actions()).containsExactly(PackageAction.REVIEW, PackageAction.CANCEL, PackageAction.PROPOSE_VARIATION,
                PackageAction.END);
        assertThat(as(ADMIN, published).actions()).isEmpty();

        CarePackage handedBack = api().retrieve(api().as(SPON_END, POST("/api/care-packages/" + published.id() + "/hand-back",
                new HandBackForm(today().plusDays(30), "Staff shortage in the area."))), CarePackage.class);

        assertThat(handedBack.actions()).containsExactly(PackageAction.REPORT_ADMISSION, PackageAction.REPORT_ENDING);
        assertThat(heldBy(SPON_END, published).actions()).doesNotContain(PackageAction.HAND_BACK);
        assertThat(refusedStatus(api().as(SPON_END, POST("/api/care-packages/" + published.id() + "/hand-back",
                new HandBackForm(today().plusDays(40), "Again."))))).isEqualTo(409);

        UUID swanswell = id("""
                select lp.provider_id from lot_provider lp where lp.lot_id = ? and lp.provider_id <> ? limit 1""",
                published.lot().id(), show(published).awardedProvider().id());
        CarePackage moved = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + published.id() + "/review",
                new ReviewForm(swanswell, "Continuity of care."))), CarePackage.class);
        assertThat(moved.awardedProvider().id()).isEqualTo(swanswell);
    }

    @Test
    void a_suspended_package_lists_a_discharge_and_an_ending_for_its_provider_and_resume_end_and_cancel_for_its_council_and_each_succeeds() {
        List<CarePackage> copies = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CarePackage published = publishedInCentral();
            accept(SPON_END, offerFor(SPON_END, published));
            api().retrieve(api().as(SPON_END, POST("/api/care-packages/" + published.id() + "/admission",
                    new uk.homecare.portal.api.brokerage.AdmissionForm(today()))), uk.homecare.portal.api.brokerage.PackageChange.class);
            copies.add(api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + published.id() + "/change/confirm", "")),
                    CarePackage.class));
        }
        CarePackage first = copies.getFirst();
        assertThat(heldBy(SPON_END, first).actions()).containsExactly(PackageAction.REPORT_DISCHARGE, PackageAction.REPORT_ENDING);
        assertThat(show(first).actions()).containsExactly(PackageAction.CANCEL, PackageAction.RESUME, PackageAction.END);
        assertThat(as(ADMIN, first).actions()).isEmpty();
        assertThat(refusedStatus(api().as(SPON_END, POST("/api/care-packages/" + first.id() + "/admission",
                new uk.homecare.portal.api.brokerage.AdmissionForm(today()))))).as("not listed: refused").isEqualTo(409);
        assertThat(refusedStatus(api().as(SPON_END, POST("/api/care-packages/" + first.id() + "/hand-back",
                new HandBackForm(today().plusDays(30), "Not while suspended"))))).as("not listed: refused").isEqualTo(404);

        var discharge = new uk.homecare.portal.api.brokerage.DischargeForm(today());
        var ending = new uk.homecare.portal.api.brokerage.EndingForm(uk.homecare.portal.api.brokerage.EndReason.DEATH, today());
        api().retrieve(api().as(SPON_END, POST("/api/care-packages/" + copies.get(0).id() + "/discharge", discharge)),
                uk.homecare.portal.api.brokerage.PackageChange.class);
        api().retrieve(api().as(SPON_END, POST("/api/care-packages/" + copies.get(1).id() + "/ending", ending)),
                uk.homecare.portal.api.brokerage.PackageChange.class);
        assertThat(api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + copies.get(2).id() + "/resume", discharge)),
                CarePackage.class).status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + copies.get(3).id() + "/end", ending)),
                CarePackage.class).status()).isEqualTo(PackageStatus.ENDED);
        assertThat(api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + copies.get(4).id() + "/cancel",
                new uk.homecare.portal.api.brokerage.CancelForm("Re-brokering after a long stay"))), CarePackage.class).status())
                .isEqualTo(PackageStatus.CANCELLED);
    }

    private CarePackage as(String user, CarePackage p) {
        return api().retrieve(api().as(user, GET("/api/packages/" + p.id())), CarePackage.class);
    }

    private CarePackage heldBy(String provider, CarePackage p) {
        return api().retrieve(api().as(provider, GET("/api/care-packages")), Argument.listOf(CarePackage.class)).stream()
                .filter(c -> c.id().equals(p.id())).findFirst().orElseThrow();
    }

    private int refusedStatus(MutableHttpRequest<?> request) {
        return api().refusal(request).getStatus().getCode();
    }
}
