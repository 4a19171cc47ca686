package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Race;

@Tag("calendar")
@MicronautTest(transactional = false)
class AwardingTest extends BrokerageTest {

    private static final int RACERS = 16;

    @Test
    void acceptance_by_the_primary_provider_awards_at_once_and_only_then_does_it_see_the_person() {
        CarePackage published = publishedInCentral();
        assertThat(carePackages(SPON_END)).noneMatch(p -> p.id().equals(published.id()));

        Offer won = accept(SPON_END, offerFor(SPON_END, published));

        assertThat(won.response()).isEqualTo(OfferResponse.WON);
        CarePackage awarded = show(published);
        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(awarded.awardedProvider().name()).contains("Spon End");
        assertThat(carePackages(SPON_END)).filteredOn(p -> p.id().equals(published.id())).singleElement()
                .satisfies(p -> assertThat(p.person()).isEqualTo(HAROLD));
        assertThat(awardFacts(published.id(), "PRIMARY", true)).as("the award's facts for the KPIs, recorded with it").isOne();
    }

    /**
     * How many facts of the package's award (V44 {@code package_award}, what the KPIs read) say it went to the package's
     * awarded provider at its award time, in {@code stage}, offered to it as primary or not, after a wait that began at the
     * package's publication.
     */
    private int awardFacts(UUID packageId, String stage, boolean toPrimary) {
        return number("""
                select count(*) from package_award a join care_package p on p.id = a.package_id
                 where a.package_id = ? and a.council_id = p.council_id and a.provider_id = p.awarded_provider_id
                   and a.awarded_at = p.awarded_at and a.stage = ? and a.to_primary = ? and a.wait_began_at = p.published_at
                   and (a.zone_id, a.lot_id, a.urgency) = (p.zone_id, p.lot_id, p.urgency)""", packageId, stage, toPrimary);
    }

    @Test
    void when_many_providers_accept_at_once_under_first_to_accept_the_package_is_awarded_exactly_once() throws Exception {
        policy(OpenStageRule.FIRST_TO_ACCEPT);
        UUID lot = openLotWithProviders("Racing first to accept", RACERS, false);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        assertThat(published.status()).isEqualTo(PackageStatus.OPEN);
        List<String> providers = usersOnLot(lot);
        List<Offer> offers = providers.stream().map(p -> offerFor(p, published)).toList();

        List<Integer> statuses = Race.of(providers.size(), i -> Race.status(() -> api().retrieve(api().as(providers.get(i),
                POST("/api/offers/" + offers.get(i).id() + "/accept", new AcceptOffer(today().plusDays(7)))), Offer.class)));

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(winningOffers(published)).isEqualTo(1);
        CarePackage awarded = show(published);
        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        int winner = statuses.indexOf(200);
        assertThat(carePackages(providers.get(winner))).extracting(CarePackage::id).containsExactly(published.id());
        assertThat(offers(published)).filteredOn(o -> o.equals("CLOSED")).hasSize(RACERS - 1);
    }

    @Test
    void the_commissioner_compares_bids_and_awards_one_and_the_other_bids_lose() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders("Compared bids", 3, false);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        List<String> providers = usersOnLot(lot);
        for (String provider : providers) {
            bid(provider, offerFor(provider, published), null);
        }
        assertThat(show(published).status()).as("everyone answered: the OPEN stage ends early").isEqualTo(PackageStatus.REVIEW);
        List<Bid> bids = bids(published);
        assertThat(bids).hasSize(3).allSatisfy(b -> assertThat(b.response()).isEqualTo(OfferResponse.BID));

        CarePackage awarded = award(published, bids.get(1).offerId());

        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(awarded.awardedProvider().id()).isEqualTo(bids.get(1).provider().id());
        assertThat(bids(published)).extracting(Bid::response)
                .containsExactlyInAnyOrder(OfferResponse.WON, OfferResponse.LOST, OfferResponse.LOST);
        assertThat(inbox(providers.get(0))).noneMatch(o -> o.packageId().equals(published.id()));
        assertThat(awardFacts(published.id(), "OPEN", false)).isOne();
    }

    @Test
    void awards_of_different_bids_racing_each_other_award_the_package_once() throws Exception {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders("Racing awards", 8, false);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        for (String provider : usersOnLot(lot)) {
            bid(provider, offerFor(provider, published), null);
        }
        List<Bid> bids = bids(published);

        List<Integer> statuses = Race.of(bids.size(), i -> Race.status(() -> award(published, bids.get(i).offerId())));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(bids.size() - 1);
        assertThat(winningOffers(published)).isEqualTo(1);
        assertThat(number("select count(*) from package_award where package_id = ?", published.id())).as("one award, one fact").isOne();
    }

    @Test
    void when_a_bid_is_awarded_every_provider_that_bid_or_still_holds_the_offer_learns_at_once_that_it_closed() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders("Told of the award", 4, false);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        List<String> providers = usersOnLot(lot);
        providers.forEach(p -> execute("update app_user set email = username where username = ?", p));
        List<Offer> offers = providers.stream().map(p -> offerFor(p, published)).toList();
        bid(providers.get(0), offers.get(0), null);
        bid(providers.get(1), offers.get(1), null);
        decline(providers.get(2), offers.get(2));
        assertThat(show(published).status()).as("one offer still pending: the OPEN stage goes on").isEqualTo(PackageStatus.OPEN);

        award(published, offers.get(0).id());

        assertThat(offer(providers.get(0), offers.get(0)).response()).isEqualTo(OfferResponse.WON);
        assertThat(offer(providers.get(1), offers.get(1)).response()).as("the other bid, at once").isEqualTo(OfferResponse.LOST);
        assertThat(offer(providers.get(2), offers.get(2)).response()).isEqualTo(OfferResponse.DECLINED);
        assertThat(offer(providers.get(3), offers.get(3)).response()).as("the pending offer, at once").isEqualTo(OfferResponse.CLOSED);
        assertThat(closedNotices(providers.get(1), published)).singleElement().satisfies(n -> assertThat(n.text())
                .contains(published.reference(), "awarded to another provider").doesNotContain(HAROLD.familyName()));
        assertThat(closedNotices(providers.get(3), published)).singleElement()
                .satisfies(n -> assertThat(n.text()).contains(published.reference(), "closed"));
        assertThat(closedNotices(providers.get(0), published)).as("the winner").isEmpty();
        assertThat(closedNotices(providers.get(2), published)).as("who declined has nothing to learn").isEmpty();
        assertThat(closedEmails(providers.get(1))).isEqualTo(1);
        assertThat(closedEmails(providers.get(3))).isEqualTo(1);
        assertThat(closedEmails(providers.get(0)) + closedEmails(providers.get(2))).isZero();
    }

    @Test
    void racing_awards_tell_each_losing_provider_once() throws Exception {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders("Told once of racing awards", 8, false);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        List<String> providers = usersOnLot(lot);
        for (String provider : providers) {
            bid(provider, offerFor(provider, published), null);
        }
        List<Bid> bids = bids(published);

        List<Integer> statuses = Race.of(bids.size(), i -> Race.status(() -> award(published, bids.get(i).offerId())));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(closedNoticesPerUser(published)).hasSize(providers.size() - 1).allSatisfy((user, told) -> assertThat(told).isOne());
    }

    @Test
    void racing_acceptances_under_first_to_accept_tell_each_provider_that_did_not_win_once() throws Exception {
        policy(OpenStageRule.FIRST_TO_ACCEPT);
        UUID lot = openLotWithProviders("Told once of racing acceptances", 8, false);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        List<String> providers = usersOnLot(lot);
        List<Offer> offers = providers.stream().map(p -> offerFor(p, published)).toList();

        List<Integer> statuses = Race.of(providers.size(), i -> Race.status(() -> api().retrieve(api().as(providers.get(i),
                POST("/api/offers/" + offers.get(i).id() + "/accept", new AcceptOffer(today().plusDays(7)))), Offer.class)));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        String winner = providers.get(statuses.indexOf(200));
        assertThat(closedNoticesPerUser(published)).hasSize(providers.size() - 1).doesNotContainKey(winner)
                .allSatisfy((user, told) -> assertThat(told).isOne());
    }

    Offer offer(String provider, Offer offer) {
        return api().retrieve(api().as(provider, GET("/api/offers/" + offer.id())), Offer.class);
    }

    List<Notification> closedNotices(String provider, CarePackage p) {
        return api().retrieve(api().as(provider, GET("/api/notifications")), Argument.listOf(Notification.class)).stream()
                .filter(n -> n.kind().equals("OFFER_CLOSED") && p.id().equals(n.packageId())).toList();
    }

    int closedEmails(String provider) {
        return number("""
                select count(*) from email_outbox e join notification n on n.id = e.notification_id
                 where n.kind = 'OFFER_CLOSED' and e.to_address = ?""", provider);
    }

    /** How many OFFER_CLOSED notifications each provider user was given about the package. */
    java.util.Map<String, Integer> closedNoticesPerUser(CarePackage p) {
        java.util.Map<String, Integer> told = new java.util.TreeMap<>();
        try (var connection = connectDirectly(); var statement = connection.prepareStatement("""
                select u.username, count(*) from notification n join app_user u on u.id = n.user_id
                 where n.kind = 'OFFER_CLOSED' and n.package_id = ? group by u.username""")) {
            statement.setObject(1, p.id());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    told.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return told;
    }

    @Test
    void a_bid_rate_is_refused_where_the_lot_has_no_price_competition_or_outside_the_floor_and_ceiling() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID fixedPrice = openLotWithProviders("Fixed price", 2, false);
        UUID competitive = openLotWithProviders("Price competition", 2, true);
        CarePackage onFixed = publish(draft(packageForm(coventryZone("CENTRAL"), fixedPrice)));
        CarePackage onCompetitive = publish(draft(packageForm(coventryZone("CENTRAL"), competitive)));
        String fixedBidder = usersOnLot(fixedPrice).getFirst();
        String bidder = usersOnLot(competitive).getFirst();

        Problem noCompetition = bidRefusal(fixedBidder, offerFor(fixedBidder, onFixed), 2300);
        Problem belowFloor = bidRefusal(bidder, offerFor(bidder, onCompetitive), 2219);
        Problem aboveCeiling = bidRefusal(bidder, offerFor(bidder, onCompetitive), 2621);
        Offer withinBand = bid(bidder, offerFor(bidder, onCompetitive), 2400);

        assertThat(noCompetition.errors()).extracting(Problem.FieldError::field).containsExactly("ratePence");
        assertThat(belowFloor.detail()).contains("floor");
        assertThat(aboveCeiling.detail()).contains("ceiling");
        assertThat(withinBand.response()).isEqualTo(OfferResponse.BID);
        assertThat(withinBand.bidRatePence()).isEqualTo(2400);
        assertThat(withinBand.priceCompetition()).isTrue();
    }

    @Test
    void a_bid_outside_the_floor_and_ceiling_is_refused_in_pounds_and_names_the_limit_in_pence_for_forms() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID competitive = openLotWithProviders("Price competition in pounds", 2, true);
        CarePackage onCompetitive = publish(draft(packageForm(coventryZone("CENTRAL"), competitive)));
        String bidder = usersOnLot(competitive).getFirst();

        Problem belowFloor = bidRefusal(bidder, offerFor(bidder, onCompetitive), 2219);
        Problem aboveCeiling = bidRefusal(bidder, offerFor(bidder, onCompetitive), 99_900);

        assertThat(belowFloor.errors()).containsExactly(new Problem.FieldError("ratePence",
                "The rate must be at least the council's floor of £22.20 an hour.", "min", 2220L));
        assertThat(aboveCeiling.errors()).containsExactly(new Problem.FieldError("ratePence",
                "The rate must be no more than the council's ceiling of £26.20 an hour.", "max", 2620L));
        assertThat(aboveCeiling.detail()).doesNotContain("pence");
    }

    @Test
    void an_answer_after_the_window_has_closed_is_refused_and_changes_nothing() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        CarePackage published = publishedInCentral();
        Offer offer = offerFor(SPON_END, published);
        clock.advance(Duration.ofMinutes(61));

        var refusal = api().refusal(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(today().plusDays(7)))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(409);
        assertThat(Api.problemOf(refusal).detail()).contains("window");
        assertThat(show(published).status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(winningOffers(published)).isZero();
    }

    @Test
    void a_provider_cannot_answer_another_providers_offer() {
        CarePackage published = publishedInCentral();
        Offer offer = offerFor(SPON_END, published);
        String stranger = providerUsers("Stranger", 1).getFirst();

        var refusal = api().refusal(api().as(stranger, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(today().plusDays(7)))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(404);
        assertThat(show(published).status()).isEqualTo(PackageStatus.PRIMARY);
    }

    Offer bid(String provider, Offer offer, Integer ratePence) {
        return api().retrieve(api().as(provider, POST("/api/offers/" + offer.id() + "/bid", new BidForm(today().plusDays(8), ratePence))), Offer.class);
    }

    Problem bidRefusal(String provider, Offer offer, Integer ratePence) {
        return Api.problemOf(api().refusal(api().as(provider, POST("/api/offers/" + offer.id() + "/bid", new BidForm(today().plusDays(8), ratePence)))));
    }

    CarePackage award(CarePackage p, UUID offerId) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + p.id() + "/award", new AwardForm(offerId))), CarePackage.class);
    }

    List<Bid> bids(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/bids")), Argument.listOf(Bid.class));
    }

    List<CarePackage> carePackages(String provider) {
        return api().retrieve(api().as(provider, GET("/api/care-packages")), Argument.listOf(CarePackage.class));
    }

    long winningOffers(CarePackage p) {
        return offers(p).stream().filter("WON"::equals).count();
    }

    List<String> offers(CarePackage p) {
        List<String> responses = new ArrayList<>();
        try (var connection = connectDirectly(); var statement = connection.prepareStatement("select response from offer where package_id = ?")) {
            statement.setObject(1, p.id());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    responses.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return responses;
    }

}
