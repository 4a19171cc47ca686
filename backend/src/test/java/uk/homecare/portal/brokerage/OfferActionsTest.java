package uk.homecare.portal.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Actor;

class OfferActionsTest {

    private static final Instant NOW = Instant.parse("2030-06-03T11:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(3));
    private static final Actor PROVIDER = new Actor(UUID.randomUUID(), "p", Role.PROVIDER, null, UUID.randomUUID(), Set.of());

    @Test
    void a_pending_offer_in_its_window_may_be_accepted_or_declined() {
        var offer = facts(OfferStage.PRIMARY, OfferResponse.PENDING, PackageStatus.PRIMARY, 1, LATER);
        assertThat(OfferActions.of(PROVIDER, offer, NOW)).containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE);
    }

    @Test
    void in_the_open_stage_a_provider_may_also_bid_and_replace_its_bid_until_the_stage_ends() {
        var pending = facts(OfferStage.OPEN, OfferResponse.PENDING, PackageStatus.OPEN, 1, LATER);
        var bid = facts(OfferStage.OPEN, OfferResponse.BID, PackageStatus.OPEN, 1, LATER);
        assertThat(OfferActions.of(PROVIDER, pending, NOW)).containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.BID);
        assertThat(OfferActions.of(PROVIDER, bid, NOW)).containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.BID);
    }

    @Test
    void an_offer_answered_moved_on_or_out_of_time_takes_no_answer_and_the_refusal_says_why() {
        var answered = facts(OfferStage.PRIMARY, OfferResponse.DECLINED, PackageStatus.SECONDARY, 1, LATER);
        var movedOn = facts(OfferStage.PRIMARY, OfferResponse.PENDING, PackageStatus.SECONDARY, 1, LATER);
        var nextRound = facts(OfferStage.PRIMARY, OfferResponse.PENDING, PackageStatus.PRIMARY, 2, LATER);
        var closed = facts(OfferStage.PRIMARY, OfferResponse.PENDING, PackageStatus.PRIMARY, 1, NOW);
        for (var offer : new OfferActions.Facts[] {answered, movedOn, nextRound, closed}) {
            assertThat(OfferActions.of(PROVIDER, offer, NOW)).as("%s", offer).isEmpty();
            assertThat(OfferActions.refusal(offer, NOW)).as("%s", offer).isPresent();
        }
    }

    @Test
    void nobody_but_a_provider_answers_offers() {
        var offer = facts(OfferStage.PRIMARY, OfferResponse.PENDING, PackageStatus.PRIMARY, 1, LATER);
        var commissioner = new Actor(UUID.randomUUID(), "c", Role.COMMISSIONER, UUID.randomUUID(), null, Set.of());
        assertThat(OfferActions.of(commissioner, offer, NOW)).isEmpty();
    }

    @Test
    void lapsing_soon_starts_the_warning_period_before_the_window_closes() {
        assertThat(OfferActions.lapsingSoonFrom(LATER, Duration.ofHours(2))).isEqualTo(LATER.minus(Duration.ofHours(2)));
        assertThat(OfferActions.lapsingSoonFrom(null, Duration.ofHours(2))).isNull();
    }

    private static OfferActions.Facts facts(OfferStage stage, OfferResponse response, PackageStatus status, int packageRound, Instant windowEnds) {
        return new OfferActions.Facts(stage, response, 1, status, packageRound, windowEnds);
    }
}
