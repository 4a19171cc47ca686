package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.scoring.ScorePart;
import uk.homecare.portal.api.scoring.ScorePartName;
import uk.homecare.portal.api.scoring.ScoringWeights;
import uk.homecare.portal.api.scoring.WeightsForm;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Race;

/**
 * Bids in the OPEN stage are ranked by the lot's weights, each with its parts; a lower-ranked bid is awarded only with a
 * reason, which the history keeps; providers see no scores.
 */
@MicronautTest(transactional = false)
class BidScoringTest extends BrokerageTest {

    static final String ADMIN = "admin@coventry.demo";

    /** A package on a price-competition lot with two bids: a cheap one, and a dearer one of an OUTSTANDING provider. */
    record Round(UUID lot, CarePackage published, String cheap, UUID cheapProvider, String outstanding, UUID outstandingProvider) {}

    @BeforeEach
    void commissionerAwards() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
    }

    Round round(String name) {
        UUID lot = openLotWithProviders(name, 2, true);
        List<String> users = usersOnLot(lot);
        String cheap = users.get(0);
        String outstanding = users.get(1);
        UUID outstandingProvider = id("select organisation_id from app_user where username = ?", outstanding);
        execute("""
                insert into regulator_location (regulator, location_id, location_name, regulator_provider_id, provider_name, rating, published_on)
                select 'CQC', ?, name, regulator_provider_id, name, 'OUTSTANDING', ? from organisation where id = ?""",
                "1-" + UUID.randomUUID(), today().minusMonths(3), outstandingProvider);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        bid(cheap, offerFor(cheap, published), 2220);
        bid(outstanding, offerFor(outstanding, published), 2620);
        return new Round(lot, published, cheap, id("select organisation_id from app_user where username = ?", cheap), outstanding,
                outstandingProvider);
    }

    Offer bid(String provider, Offer offer, Integer ratePence) {
        return api().retrieve(api().as(provider, POST("/api/offers/" + offer.id() + "/bid", new BidForm(today().plusDays(8), ratePence))),
                Offer.class);
    }

    List<Bid> bids(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/bids")), Argument.listOf(Bid.class));
    }

    ScoringWeights setWeights(UUID lot, int price, int quality, int performance, int continuity) {
        return api().retrieve(api().as(COMMISSIONER, PUT("/api/lots/" + lot + "/scoring-weights",
                new WeightsForm(price, quality, performance, continuity))), ScoringWeights.class);
    }

    Bid bidOf(List<Bid> bids, UUID provider) {
        return bids.stream().filter(b -> b.provider().id().equals(provider)).findFirst().orElseThrow();
    }

    List<HistoryEntry> history(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class));
    }

    @Test
    void bids_are_ranked_by_the_default_weights_each_showing_its_parts_and_the_weights() {
        Round round = round("Ranked by default");

        List<Bid> bids = bids(round.published());

        assertThat(bids).extracting(b -> b.provider().id()).containsExactly(round.outstandingProvider(), round.cheapProvider());
        Bid top = bids.getFirst();
        assertThat(top.score().rank()).isOne();
        assertThat(top.score().awardNeedsReason()).isFalse();
        assertThat(top.score().parts()).extracting(ScorePart::part, ScorePart::weightPercent).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ScorePartName.PRICE, 40), org.assertj.core.groups.Tuple.tuple(ScorePartName.QUALITY, 40),
                org.assertj.core.groups.Tuple.tuple(ScorePartName.PERFORMANCE, 10), org.assertj.core.groups.Tuple.tuple(ScorePartName.CONTINUITY, 10));
        assertThat(top.score().parts().get(1).score()).as("OUTSTANDING").isEqualTo(100);
        assertThat(top.score().parts().get(0).score()).as("2220 / 2620").isEqualTo(85);
        Bid cheap = bids.get(1);
        assertThat(cheap.score().rank()).isEqualTo(2);
        assertThat(cheap.score().awardNeedsReason()).isTrue();
        assertThat(cheap.score().parts().get(0).score()).as("the lowest rate").isEqualTo(100);
        assertThat(cheap.score().parts().get(1).figureMissing()).as("no rating, no monitoring").isTrue();
        assertThat(cheap.score().lowestRatePence()).isEqualTo(2220);
        assertThat(api().retrieve(api().as(COMMISSIONER, GET("/api/scoring-weights")), Argument.listOf(ScoringWeights.class)))
                .filteredOn(w -> w.lot().id().equals(round.lot())).singleElement()
                .satisfies(w -> assertThat(w.setByCouncil()).isFalse());
    }

    @Test
    void weights_set_for_the_lot_change_the_ranking_and_are_audited() {
        Round round = round("Ranked by price");

        ScoringWeights set = setWeights(round.lot(), 100, 0, 0, 0);

        assertThat(set.setByCouncil()).isTrue();
        assertThat(set.pricePercent()).isEqualTo(100);
        List<Bid> bids = bids(round.published());
        assertThat(bids).extracting(b -> b.provider().id()).containsExactly(round.cheapProvider(), round.outstandingProvider());
        assertThat(bids.getFirst().score().total()).isEqualTo(100.0);
        assertThat(bids.get(1).score().awardNeedsReason()).isTrue();
        assertThat(number("select count(*) from audit_event where action = 'SCORING_WEIGHTS_CHANGED' and entity_id = ?", round.lot()))
                .isOne();
        assertThat(api().retrieve(api().as(ADMIN, GET("/api/scoring-weights")), Argument.listOf(ScoringWeights.class)))
                .as("the council's administrator reads them").filteredOn(w -> w.lot().id().equals(round.lot())).singleElement()
                .satisfies(w -> assertThat(w.pricePercent()).isEqualTo(100));
    }

    @Test
    void an_award_of_a_lower_ranked_bid_without_a_reason_is_refused_naming_reason_and_changes_nothing() {
        Round round = round("Award without reason");
        Bid cheap = bidOf(bids(round.published()), round.cheapProvider());
        PackageStatus before = show(round.published()).status();

        for (String reason : new String[] {null, "   "}) {
            var refusal = api().refusal(api().as(COMMISSIONER, POST("/api/packages/" + round.published().id() + "/award",
                    new AwardForm(cheap.offerId(), reason))));

            assertThat(refusal.getStatus().getCode()).isEqualTo(422);
            assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("reason");
        }
        assertThat(show(round.published()).status()).isEqualTo(before);
        assertThat(number("select count(*) from offer where package_id = ? and response = 'WON'", round.published().id())).isZero();
        assertThat(history(round.published())).noneMatch(h -> h.action().equals("AWARDED"));
    }

    @Test
    void a_lower_ranked_bid_is_awarded_with_a_reason_which_the_package_history_keeps_with_its_rank() {
        Round round = round("Award with reason");
        Bid cheap = bidOf(bids(round.published()), round.cheapProvider());

        CarePackage awarded = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + round.published().id() + "/award",
                new AwardForm(cheap.offerId(), "The person's family already knows this provider's carers"))), CarePackage.class);

        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(awarded.awardedProvider().id()).isEqualTo(round.cheapProvider());
        assertThat(history(round.published())).filteredOn(h -> h.action().equals("AWARDED")).singleElement().satisfies(h -> {
            assertThat(h.facts()).containsEntry("reason", "The person's family already knows this provider's carers");
            assertThat(h.facts()).containsEntry("rank", "2");
        });
    }

    @Test
    void the_top_bid_is_awarded_without_a_reason() {
        Round round = round("Top without reason");

        CarePackage awarded = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + round.published().id() + "/award",
                new AwardForm(bidOf(bids(round.published()), round.outstandingProvider()).offerId()))), CarePackage.class);

        assertThat(awarded.awardedProvider().id()).isEqualTo(round.outstandingProvider());
        assertThat(history(round.published())).filteredOn(h -> h.action().equals("AWARDED")).singleElement()
                .satisfies(h -> assertThat(h.facts()).containsEntry("rank", "1").doesNotContainKey("reason"));
    }

    @Test
    void weights_must_add_up_to_100_and_belong_to_a_lot_of_the_council_else_nothing_changes() {
        UUID lot = openLotWithProviders("Weights refused", 1, false);

        var sum = api().refusal(api().as(COMMISSIONER, PUT("/api/lots/" + lot + "/scoring-weights", new WeightsForm(50, 40, 10, 10))));
        var range = api().refusal(api().as(COMMISSIONER, PUT("/api/lots/" + lot + "/scoring-weights", new WeightsForm(120, 0, 0, -20))));
        var otherCouncil = api().refusal(api().as(OTHER_COUNCIL, PUT("/api/lots/" + lot + "/scoring-weights", new WeightsForm(25, 25, 25, 25))));

        assertThat(sum.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(sum).errors()).extracting(Problem.FieldError::field).containsExactly("weights");
        assertThat(Api.problemOf(sum).detail()).contains("110");
        assertThat(range.getStatus().getCode()).isEqualTo(400);
        assertThat(otherCouncil.getStatus().getCode()).isEqualTo(404);
        assertThat(number("select count(*) from scoring_weights where lot_id = ?", lot)).isZero();
        assertThat(number("select count(*) from audit_event where action = 'SCORING_WEIGHTS_CHANGED' and entity_id = ?", lot)).isZero();
    }

    @Test
    void commissioners_setting_a_lots_weights_at_once_all_succeed_and_one_whole_set_stands() throws Exception {
        UUID lot = openLotWithProviders("Weights racing", 1, false);

        List<Integer> statuses = Race.of(8, i -> Race.status(() -> setWeights(lot, 10 * i, 100 - 10 * i, 0, 0)));

        assertThat(statuses).containsOnly(200);
        assertThat(number("select count(*) from scoring_weights where lot_id = ? and price_percent + quality_percent = 100", lot)).isOne();
        assertThat(number("select count(*) from audit_event where action = 'SCORING_WEIGHTS_CHANGED' and entity_id = ?", lot)).isEqualTo(8);
    }

    @Test
    void providers_see_no_score_nor_other_providers_bids() {
        Round round = round("Providers see no scores");

        String offerJson = api().retrieve(api().as(round.cheap(), GET("/api/offers/" + offerFor(round.cheap(), round.published()).id())),
                String.class);
        var bidsRefused = api().refusal(api().as(round.cheap(), GET("/api/packages/" + round.published().id() + "/bids")));

        assertThat(offerJson).doesNotContain("\"score\"", "\"rank\"", ":2620");
        assertThat(bidsRefused.getStatus().getCode()).isEqualTo(403);
    }
}
