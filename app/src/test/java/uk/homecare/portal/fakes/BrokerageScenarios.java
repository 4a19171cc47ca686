package uk.homecare.portal.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.fakes.Refusals.refused;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.ProblemType;

/** Brokerage as the package and offer views rely on it: states, the actions listed to each role, and refusals. */
interface BrokerageScenarios {

    Portal portal();

    @Test
    default void a_drafted_package_lists_publish_to_the_commissioner_and_once_published_waits_in_the_primary_stage() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);

        CarePackage draft = portal().brokerage().draftPackage(commissioner, null, portal().aPackageForm());
        assertThat(draft.status()).isEqualTo(PackageStatus.DRAFT);
        assertThat(draft.actions()).containsExactly(PackageAction.PUBLISH, PackageAction.CANCEL, PackageAction.EDIT);
        assertThat(portal().brokerage().listPackages(commissioner, PackageStatus.DRAFT))
                .filteredOn(p -> p.id().equals(draft.id())).singleElement()
                .satisfies(p -> assertThat(p.actions()).containsExactly(PackageAction.PUBLISH, PackageAction.CANCEL, PackageAction.EDIT));

        CarePackage published = portal().brokerage().publishPackage(commissioner, draft.id());
        assertThat(published.status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(published.publishedAt()).isEqualTo(portal().clock().instant());
        assertThat(published.actions()).containsExactly(PackageAction.CANCEL);
        assertThat(portal().brokerage().showPackage(commissioner, draft.id()).status()).isEqualTo(PackageStatus.PRIMARY);
    }

    @Test
    default void a_provider_may_not_draft_a_package() {
        Bearer provider = portal().signedInAs(Role.PROVIDER);

        refused(() -> portal().brokerage().draftPackage(provider, null, portal().aPackageForm()), HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN);
    }

    @Test
    default void the_provider_is_offered_accept_and_decline_for_a_pending_primary_offer() {
        UUID id = portal().aPendingPrimaryOffer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);

        Offer listed = portal().brokerage().listOffers(provider, null, null, null).stream()
                .filter(o -> o.id().equals(id)).findFirst().orElseThrow();
        assertThat(listed.stage()).isEqualTo(OfferStage.PRIMARY);
        assertThat(listed.response()).isEqualTo(OfferResponse.PENDING);
        assertThat(listed.actions()).containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE);
        assertThat(listed.windowEndsAt()).isAfter(portal().clock().instant());
        assertThat(listed.lapsingSoonFrom()).as("two hours before the window closes, when providers are reminded")
                .isEqualTo(listed.windowEndsAt().minus(java.time.Duration.ofHours(2)));
        assertThat(portal().brokerage().showOffer(provider, id)).isEqualTo(listed);
        assertThat(portal().brokerage().listOffers(provider, null, null, OfferStage.OPEN)).noneMatch(o -> o.id().equals(id));
    }

    @Test
    default void accepting_a_primary_offer_wins_the_package_and_leaves_nothing_to_answer() {
        UUID id = portal().aPendingPrimaryOffer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);
        var start = portal().clock().today().plusDays(7);

        Offer accepted = portal().brokerage().acceptOffer(provider, id, new AcceptOffer(start));

        assertThat(accepted.response()).isEqualTo(OfferResponse.WON);
        assertThat(accepted.proposedStart()).isEqualTo(start);
        assertThat(accepted.actions()).isEmpty();
        assertThat(accepted.lapsingSoonFrom()).isNull();
        assertThat(portal().brokerage().showOffer(provider, id)).isEqualTo(accepted);
        CarePackage won = portal().brokerage().showPackage(portal().signedInAs(Role.COMMISSIONER), accepted.packageId());
        assertThat(won.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(won.awardedProvider()).isEqualTo(portal().identity().me(provider).organisation());
        assertThat(won.awardedAt()).isEqualTo(portal().clock().instant());
        assertThat(won.actions()).as("others hold the lot, so the package may be moved at review").containsExactly(PackageAction.REVIEW, PackageAction.CANCEL,
                PackageAction.PROPOSE_VARIATION, PackageAction.END);
        refused(() -> portal().brokerage().declineOffer(provider, id, new DeclineOffer(DeclineReason.NO_CAPACITY, null)),
                HttpStatus.CONFLICT, ProblemType.CONFLICT);
        assertThat(portal().brokerage().showOffer(provider, id)).isEqualTo(accepted);
    }

    @Test
    default void declining_a_primary_offer_passes_the_package_on_and_the_offer_cannot_then_be_accepted() {
        UUID id = portal().aPendingPrimaryOffer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);

        Offer declined = portal().brokerage().declineOffer(provider, id, new DeclineOffer(DeclineReason.NO_CAPACITY, "No carers free"));

        assertThat(declined.response()).isEqualTo(OfferResponse.DECLINED);
        assertThat(declined.actions()).isEmpty();
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        CarePackage passedOn = portal().brokerage().showPackage(commissioner, declined.packageId());
        assertThat(passedOn.status()).as("the lot's SECONDARY provider is offered it at once").isEqualTo(PackageStatus.SECONDARY);
        int window = portal().brokerage().showBrokeragePolicy(commissioner).secondaryWindowMinutes();
        assertThat(passedOn.stageEndsAt()).isEqualTo(portal().clock().instant().plus(java.time.Duration.ofMinutes(window)));
        refused(() -> portal().brokerage().acceptOffer(provider, id, new AcceptOffer(portal().clock().today())),
                HttpStatus.CONFLICT, ProblemType.CONFLICT);
        assertThat(portal().brokerage().showOffer(provider, id).response()).isEqualTo(OfferResponse.DECLINED);
    }

    @Test
    default void an_acceptance_starting_beyond_the_councils_start_tolerance_is_invalid_input_and_changes_nothing() {
        UUID id = portal().aPendingPrimaryOffer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);
        Offer pending = portal().brokerage().showOffer(provider, id);
        int tolerance = portal().brokerage().showBrokeragePolicy(portal().signedInAs(Role.COMMISSIONER)).startToleranceDays();

        refused(() -> portal().brokerage().acceptOffer(provider, id, new AcceptOffer(pending.startDate().plusDays(tolerance + 1))),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "proposedStart");

        assertThat(portal().brokerage().showOffer(provider, id)).isEqualTo(pending);
    }

    @Test
    default void an_acceptance_starting_in_the_past_is_invalid_input_and_changes_nothing() {
        UUID id = portal().aPendingPrimaryOffer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);

        refused(() -> portal().brokerage().acceptOffer(provider, id, new AcceptOffer(portal().clock().today().minusDays(1))),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "proposedStart");

        Offer offer = portal().brokerage().showOffer(provider, id);
        assertThat(offer.response()).isEqualTo(OfferResponse.PENDING);
        assertThat(offer.actions()).containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE);
    }

    @Test
    default void only_a_provider_answers_an_offer() {
        UUID id = portal().aPendingPrimaryOffer();
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);

        refused(() -> portal().brokerage().acceptOffer(commissioner, id, new AcceptOffer(portal().clock().today().plusDays(7))),
                HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN);

        assertThat(portal().brokerage().showOffer(portal().signedInAs(Role.PROVIDER), id).response()).isEqualTo(OfferResponse.PENDING);
    }

    @Test
    default void a_package_without_bids_cannot_be_awarded() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        CarePackage draft = portal().brokerage().draftPackage(commissioner, null, portal().aPackageForm());
        CarePackage published = portal().brokerage().publishPackage(commissioner, draft.id());

        refused(() -> portal().brokerage().awardPackage(commissioner, published.id(), new AwardForm(UUID.randomUUID())),
                HttpStatus.CONFLICT, ProblemType.CONFLICT);

        assertThat(portal().brokerage().showPackage(commissioner, published.id()).status()).isEqualTo(PackageStatus.PRIMARY);
    }

    @Test
    default void a_bid_by_the_last_to_answer_ends_the_open_stage_and_the_commissioner_awards_it_at_review() {
        UUID id = portal().aLastOpenOfferToAnswer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        Offer open = portal().brokerage().showOffer(provider, id);
        assertThat(open.stage()).isEqualTo(OfferStage.OPEN);
        assertThat(open.actions()).containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.BID);
        CarePackage before = portal().brokerage().showPackage(commissioner, open.packageId());
        assertThat(before.status()).isEqualTo(PackageStatus.OPEN);
        assertThat(before.actions()).as("no bids yet: only cancelling").containsExactly(PackageAction.CANCEL);
        var start = portal().clock().today().plusDays(10);
        refused(() -> portal().brokerage().bidOnOffer(provider, id, new BidForm(portal().clock().today().minusDays(1), null)),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "proposedStart");

        Offer bid = portal().brokerage().bidOnOffer(provider, id, new BidForm(start, null));

        assertThat(bid.response()).isEqualTo(OfferResponse.BID);
        assertThat(bid.proposedStart()).isEqualTo(start);
        assertThat(bid.actions()).isEmpty();
        refused(() -> portal().brokerage().bidOnOffer(provider, id, new BidForm(start.plusDays(1), null)), HttpStatus.CONFLICT, ProblemType.CONFLICT);
        CarePackage atReview = portal().brokerage().showPackage(commissioner, open.packageId());
        assertThat(atReview.status()).isEqualTo(PackageStatus.REVIEW);
        assertThat(atReview.actions()).containsExactly(PackageAction.AWARD, PackageAction.CANCEL);
        List<Bid> bids = portal().brokerage().listBids(commissioner, open.packageId());
        assertThat(bids).singleElement().satisfies(b -> {
            assertThat(b.offerId()).isEqualTo(id);
            assertThat(b.response()).isEqualTo(OfferResponse.BID);
            assertThat(b.proposedStart()).isEqualTo(start);
        });
        Bid ours = bids.getFirst();

        CarePackage awarded = portal().brokerage().awardPackage(commissioner, open.packageId(), new AwardForm(id));

        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(awarded.awardedProvider()).isEqualTo(ours.provider());
        assertThat(awarded.awardedAt()).isEqualTo(portal().clock().instant());
        assertThat(awarded.stageEndsAt()).isNull();
        assertThat(awarded.actions()).as("nobody else holds the lot to move the package to at review")
                .containsExactly(PackageAction.CANCEL, PackageAction.PROPOSE_VARIATION, PackageAction.END);
        assertThat(portal().brokerage().showPackage(commissioner, open.packageId())).isEqualTo(awarded);
        assertThat(portal().brokerage().showOffer(provider, id).response()).isEqualTo(OfferResponse.WON);
        assertThat(portal().brokerage().listBids(commissioner, open.packageId())).extracting(Bid::response).containsExactly(OfferResponse.WON);
        refused(() -> portal().brokerage().awardPackage(commissioner, open.packageId(), new AwardForm(id)), HttpStatus.CONFLICT, ProblemType.CONFLICT);
    }

    @Test
    default void a_bid_may_propose_a_start_beyond_the_tolerance_up_to_the_limit_and_is_marked_with_how_many_days_later() {
        UUID id = portal().aLastOpenOfferToAnswer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        Offer open = portal().brokerage().showOffer(provider, id);
        int tolerance = portal().brokerage().showBrokeragePolicy(commissioner).startToleranceDays();
        var earliest = open.startDate().isBefore(portal().clock().today()) ? portal().clock().today() : open.startDate();
        assertThat(open.latestStart()).isEqualTo(earliest.plusDays(tolerance));
        assertThat(open.latestBidStart()).isEqualTo(earliest.plusDays(90));
        refused(() -> portal().brokerage().bidOnOffer(provider, id, new BidForm(earliest.plusDays(91), null)),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "proposedStart");

        Offer bid = portal().brokerage().bidOnOffer(provider, id, new BidForm(earliest.plusDays(tolerance + 3), null));

        assertThat(bid.response()).isEqualTo(OfferResponse.BID);
        assertThat(portal().brokerage().listBids(commissioner, open.packageId())).singleElement()
                .satisfies(b -> assertThat(b.lateStartDays()).isEqualTo(3));
        assertThat(portal().brokerage().showPackage(commissioner, open.packageId()).status())
                .as("never awarded on the provider's word: the commissioner decides").isEqualTo(PackageStatus.REVIEW);
    }

    @Test
    default void a_bid_is_made_only_in_the_open_stage() {
        UUID id = portal().aPendingPrimaryOffer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);

        refused(() -> portal().brokerage().bidOnOffer(provider, id, new BidForm(portal().clock().today().plusDays(7), null)),
                HttpStatus.CONFLICT, ProblemType.CONFLICT);

        assertThat(portal().brokerage().showOffer(provider, id).response()).isEqualTo(OfferResponse.PENDING);
    }

    @Test
    default void a_won_package_is_the_providers_to_hand_back_with_the_councils_notice() {
        UUID id = portal().aPendingPrimaryOffer();
        Bearer provider = portal().signedInAs(Role.PROVIDER);
        UUID packageId = portal().brokerage().acceptOffer(provider, id, new AcceptOffer(portal().clock().today().plusDays(7))).packageId();
        int notice = portal().brokerage().showBrokeragePolicy(portal().signedInAs(Role.COMMISSIONER)).handBackNoticeDays();
        CarePackage held = portal().brokerage().listCarePackages(provider).stream()
                .filter(p -> p.id().equals(packageId)).findFirst().orElseThrow();
        assertThat(held.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(held.actions()).containsExactly(PackageAction.HAND_BACK, PackageAction.REPORT_ADMISSION, PackageAction.REPORT_ENDING);
        var earliest = portal().clock().today().plusDays(notice);

        refused(() -> portal().brokerage().handPackageBack(provider, packageId, new HandBackForm(earliest.minusDays(1), "No carers")),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "effectiveOn");
        CarePackage handedBack = portal().brokerage().handPackageBack(provider, packageId, new HandBackForm(earliest, "No carers"));

        assertThat(handedBack.handBackOn()).isEqualTo(earliest);
        assertThat(handedBack.actions()).doesNotContain(PackageAction.HAND_BACK);
        assertThat(portal().brokerage().listCarePackages(provider)).filteredOn(p -> p.id().equals(packageId)).singleElement()
                .satisfies(p -> assertThat(p.actions()).containsExactly(PackageAction.REPORT_ADMISSION, PackageAction.REPORT_ENDING));
        refused(() -> portal().brokerage().handPackageBack(provider, packageId, new HandBackForm(earliest.plusDays(1), "No carers")),
                HttpStatus.CONFLICT, ProblemType.CONFLICT);
    }

    @Test
    default void the_brokerage_policy_changed_is_the_one_read_and_a_provider_may_not_change_it() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        BrokeragePolicy before = portal().brokerage().showBrokeragePolicy(commissioner);
        var changed = new BrokeragePolicy(before.primaryWindowMinutes() + 5, before.secondaryWindowMinutes(), before.openWindowMinutes(),
                before.openStageRule(),
                before.handBackNoticeDays(), before.startToleranceDays());
        try {
            assertThat(portal().brokerage().changeBrokeragePolicy(commissioner, changed)).isEqualTo(changed);
            assertThat(portal().brokerage().showBrokeragePolicy(portal().signedInAs(Role.ADMIN))).isEqualTo(changed);
            refused(() -> portal().brokerage().changeBrokeragePolicy(portal().signedInAs(Role.PROVIDER), before),
                    HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN);
        } finally {
            portal().brokerage().changeBrokeragePolicy(commissioner, before);
        }
    }
}
