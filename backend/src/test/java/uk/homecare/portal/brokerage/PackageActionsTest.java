package uk.homecare.portal.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.ChangeKind;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Actor;

class PackageActionsTest {

    private static final UUID COUNCIL = UUID.randomUUID();
    private static final UUID HOLDER = UUID.randomUUID();
    private static final Actor COMMISSIONER = actor(Role.COMMISSIONER, null);
    private static final Actor ADMIN = actor(Role.ADMIN, null);

    @Test
    void a_commissioner_may_publish_a_draft_and_an_admin_may_not() {
        var draft = facts(PackageStatus.DRAFT, null, false, true);
        assertThat(PackageActions.of(COMMISSIONER, draft)).containsExactly(PackageAction.PUBLISH, PackageAction.CANCEL, PackageAction.EDIT);
        assertThat(PackageActions.of(ADMIN, draft)).isEmpty();
    }

    @Test
    void bids_may_be_awarded_in_the_open_stage_and_at_review_but_only_when_there_are_some() {
        assertThat(PackageActions.of(COMMISSIONER, facts(PackageStatus.OPEN, null, true, true))).containsExactly(PackageAction.AWARD, PackageAction.CANCEL);
        assertThat(PackageActions.of(COMMISSIONER, facts(PackageStatus.REVIEW, null, true, true))).containsExactly(PackageAction.AWARD, PackageAction.CANCEL);
        assertThat(PackageActions.of(COMMISSIONER, facts(PackageStatus.REVIEW, null, false, true))).doesNotContain(PackageAction.AWARD);
        assertThat(PackageActions.of(COMMISSIONER, facts(PackageStatus.PRIMARY, null, true, true))).containsExactly(PackageAction.CANCEL);
        assertThat(PackageActions.of(ADMIN, facts(PackageStatus.REVIEW, null, true, true))).isEmpty();
    }

    @Test
    void an_awarded_package_may_be_moved_at_review_only_when_its_lot_has_another_provider() {
        assertThat(PackageActions.of(COMMISSIONER, facts(PackageStatus.AWARDED, HOLDER, false, true)))
                .containsExactly(PackageAction.REVIEW, PackageAction.CANCEL, PackageAction.PROPOSE_VARIATION, PackageAction.END);
        assertThat(PackageActions.of(COMMISSIONER, facts(PackageStatus.AWARDED, HOLDER, false, false)))
                .containsExactly(PackageAction.CANCEL, PackageAction.PROPOSE_VARIATION, PackageAction.END);
        assertThat(PackageActions.of(ADMIN, facts(PackageStatus.AWARDED, HOLDER, false, true))).isEmpty();
    }

    @Test
    void only_the_provider_holding_a_package_may_hand_it_back_and_only_once() {
        Actor holder = actor(Role.PROVIDER, HOLDER);
        Actor other = actor(Role.PROVIDER, UUID.randomUUID());
        var awarded = facts(PackageStatus.AWARDED, HOLDER, false, true);
        assertThat(PackageActions.of(holder, awarded)).containsExactly(PackageAction.HAND_BACK, PackageAction.REPORT_ADMISSION,
                PackageAction.REPORT_ENDING);
        assertThat(PackageActions.of(other, awarded)).isEmpty();
        var handedBack = new PackageActions.Facts(PackageStatus.AWARDED, HOLDER, LocalDate.of(2030, 1, 1), false, true);
        assertThat(PackageActions.of(holder, handedBack)).as("during the notice the person may still go into hospital or die")
                .containsExactly(PackageAction.REPORT_ADMISSION, PackageAction.REPORT_ENDING);
    }

    @Test
    void a_commissioner_may_cancel_a_package_at_any_stage_but_once_and_nobody_else_may() {
        for (PackageStatus status : PackageStatus.values()) {
            boolean held = status == PackageStatus.AWARDED || status == PackageStatus.SUSPENDED || status == PackageStatus.ENDED;
            var facts = facts(status, held ? HOLDER : null, true, true);
            assertThat(PackageActions.of(COMMISSIONER, facts).contains(PackageAction.CANCEL)).as("%s", status)
                    .isEqualTo(status != PackageStatus.CANCELLED && status != PackageStatus.ENDED);
            assertThat(PackageActions.of(ADMIN, facts)).as("%s", status).doesNotContain(PackageAction.CANCEL);
            assertThat(PackageActions.of(actor(Role.PROVIDER, HOLDER), facts)).as("%s", status).doesNotContain(PackageAction.CANCEL);
        }
    }

    @Test
    void nothing_but_cancelling_may_be_done_to_an_unallocated_package_and_nothing_to_a_cancelled_one() {
        assertThat(PackageActions.of(COMMISSIONER, facts(PackageStatus.UNALLOCATED, null, true, true))).containsExactly(PackageAction.CANCEL);
        assertThat(PackageActions.of(COMMISSIONER, facts(PackageStatus.CANCELLED, null, true, true))).isEmpty();
    }

    @Test
    void only_a_draft_is_edited_and_only_by_a_commissioner() {
        for (PackageStatus status : PackageStatus.values()) {
            var facts = facts(status, status == PackageStatus.AWARDED ? HOLDER : null, true, true);
            assertThat(PackageActions.of(COMMISSIONER, facts).contains(PackageAction.EDIT)).as("%s", status)
                    .isEqualTo(status == PackageStatus.DRAFT);
            assertThat(PackageActions.of(ADMIN, facts)).as("%s", status).doesNotContain(PackageAction.EDIT);
        }
    }

    @Test
    void a_commissioner_proposes_a_variation_of_an_awarded_package_with_none_pending_and_may_withdraw_a_pending_one() {
        var pending = new PackageActions.Facts(PackageStatus.AWARDED, HOLDER, null, false, false, true, null);
        assertThat(PackageActions.of(COMMISSIONER, pending)).containsExactly(PackageAction.CANCEL, PackageAction.WITHDRAW_VARIATION, PackageAction.END);
        for (PackageStatus status : PackageStatus.values()) {
            if (status != PackageStatus.AWARDED) {
                assertThat(PackageActions.of(COMMISSIONER, facts(status, null, true, true))).as("%s", status)
                        .doesNotContain(PackageAction.PROPOSE_VARIATION, PackageAction.WITHDRAW_VARIATION);
            }
        }
        assertThat(PackageActions.of(ADMIN, pending)).isEmpty();
    }

    @Test
    void only_the_provider_holding_a_package_answers_its_pending_variation() {
        var pending = new PackageActions.Facts(PackageStatus.AWARDED, HOLDER, null, false, false, true, null);
        assertThat(PackageActions.of(actor(Role.PROVIDER, HOLDER), pending))
                .containsExactly(PackageAction.HAND_BACK, PackageAction.ACCEPT_VARIATION, PackageAction.DECLINE_VARIATION,
                        PackageAction.REPORT_ADMISSION, PackageAction.REPORT_ENDING);
        assertThat(PackageActions.of(actor(Role.PROVIDER, UUID.randomUUID()), pending)).isEmpty();
        assertThat(PackageActions.of(actor(Role.PROVIDER, HOLDER), facts(PackageStatus.AWARDED, HOLDER, false, false)))
                .doesNotContain(PackageAction.ACCEPT_VARIATION, PackageAction.DECLINE_VARIATION);
    }

    @Test
    void the_holder_reports_an_admission_of_a_package_in_care_and_a_discharge_of_a_suspended_one_and_an_ending_of_either() {
        Actor holder = actor(Role.PROVIDER, HOLDER);
        var suspended = facts(PackageStatus.SUSPENDED, HOLDER, false, true);

        assertThat(PackageActions.of(holder, suspended)).containsExactly(PackageAction.REPORT_DISCHARGE, PackageAction.REPORT_ENDING);
        assertThat(PackageActions.of(COMMISSIONER, suspended)).containsExactly(PackageAction.CANCEL, PackageAction.RESUME, PackageAction.END);
        assertThat(PackageActions.of(actor(Role.PROVIDER, UUID.randomUUID()), suspended)).isEmpty();
        assertThat(PackageActions.of(ADMIN, suspended)).isEmpty();
    }

    @Test
    void while_a_report_awaits_the_council_only_confirming_or_rejecting_it_is_new_and_an_ended_package_allows_nothing() {
        Actor holder = actor(Role.PROVIDER, HOLDER);
        var awaiting = new PackageActions.Facts(PackageStatus.AWARDED, HOLDER, null, false, false, false, ChangeKind.ADMISSION);
        var ended = facts(PackageStatus.ENDED, HOLDER, false, true);

        assertThat(PackageActions.of(holder, awaiting)).containsExactly(PackageAction.HAND_BACK);
        assertThat(PackageActions.of(COMMISSIONER, awaiting)).containsExactly(PackageAction.CANCEL, PackageAction.PROPOSE_VARIATION, PackageAction.CONFIRM_CHANGE,
                PackageAction.REJECT_CHANGE);
        assertThat(PackageActions.of(holder, ended)).isEmpty();
        assertThat(PackageActions.of(COMMISSIONER, ended)).isEmpty();
    }

    private static PackageActions.Facts facts(PackageStatus status, UUID holder, boolean bids, boolean otherProviders) {
        return new PackageActions.Facts(status, holder, null, bids, otherProviders);
    }

    private static Actor actor(Role role, UUID organisation) {
        return new Actor(UUID.randomUUID(), role.name().toLowerCase(), role, organisation == null ? COUNCIL : null, organisation, Set.of(COUNCIL));
    }
}
