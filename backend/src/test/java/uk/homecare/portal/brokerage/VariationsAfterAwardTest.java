package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CancelForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.ReviewForm;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationChoice;
import uk.homecare.portal.api.brokerage.VariationDecline;
import uk.homecare.portal.api.brokerage.VariationForm;
import uk.homecare.portal.api.brokerage.VariationStatus;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Race;

@MicronautTest(transactional = false)
class VariationsAfterAwardTest extends BrokerageTest {

    private static final VisitPattern MORE_VISITS = new VisitPattern(3, 40,
            List.of(TimeOfDay.MORNING, TimeOfDay.LUNCHTIME, TimeOfDay.TEATIME), false, false);
    private static final String WHY = "Needs more help with meals since a fall";

    @Inject
    VariationLapsing lapsing;

    @Inject
    PackagePlacement placement;

    @Test
    void a_commissioner_proposes_new_terms_and_the_provider_is_told_without_the_persons_details() {
        CarePackage awarded = awarded();
        assertThat(awarded.actions()).contains(PackageAction.PROPOSE_VARIATION).doesNotContain(PackageAction.WITHDRAW_VARIATION);

        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(3))), Variation.class);

        assertThat(proposed.status()).isEqualTo(VariationStatus.PROPOSED);
        assertThat(proposed.oldTerms().weeklyMinutes()).isEqualTo(600);
        assertThat(proposed.newTerms().weeklyMinutes()).isEqualTo(720);
        assertThat(proposed.newTerms().visitPattern()).isEqualTo(MORE_VISITS);
        assertThat(proposed.respondBy()).isEqualTo(proposed.proposedAt().plus(Duration.ofDays(5)));
        assertThat(show(awarded).actions()).contains(PackageAction.WITHDRAW_VARIATION).doesNotContain(PackageAction.PROPOSE_VARIATION);
        assertThat(held(SPON_END, awarded).actions()).contains(PackageAction.ACCEPT_VARIATION, PackageAction.DECLINE_VARIATION);
        assertThat(told("variation.proposed", awarded)).isGreaterThanOrEqualTo(1);
        assertThat(number("""
                select count(*) from email_outbox e join notification n on n.id = e.notification_id
                 where n.package_id = ? and n.message_key = 'variation.proposed' and (e.body like '%Quennell%' or e.body like '%Ada%')""",
                awarded.id())).isZero();
        assertThat(actions(awarded)).contains("VARIATION_PROPOSED");
        assertThat(show(awarded).weeklyMinutes()).as("nothing changes until the provider accepts").isEqualTo(600);
    }

    @Test
    void accepted_terms_from_today_are_in_force_at_once_and_the_commissioners_are_told() {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today())), Variation.class);

        Variation accepted = api().retrieve(accept(SPON_END, awarded, proposed), Variation.class);

        assertThat(accepted.status()).isEqualTo(VariationStatus.ACCEPTED);
        assertThat(accepted.applied()).isTrue();
        assertThat(accepted.endedBy()).isNotBlank();
        CarePackage now = show(awarded);
        assertThat(now.weeklyMinutes()).isEqualTo(720);
        assertThat(now.visitPattern()).isEqualTo(MORE_VISITS);
        assertThat(now.actions()).contains(PackageAction.PROPOSE_VARIATION);
        assertThat(told("variation.accepted", awarded)).isGreaterThanOrEqualTo(1);
        assertThat(actions(awarded)).contains("VARIATION_ACCEPTED");
        assertThat(variations(awarded)).singleElement().satisfies(v -> {
            assertThat(v.oldTerms().weeklyMinutes()).as("the old terms are kept").isEqualTo(600);
            assertThat(v.newTerms().weeklyMinutes()).isEqualTo(720);
        });
    }

    @Test
    void accepted_terms_from_a_later_date_come_into_force_on_that_date() {
        CarePackage awarded = awarded();
        LocalDate from = today().plusDays(3);
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(from)), Variation.class);
        Variation accepted = api().retrieve(accept(SPON_END, awarded, proposed), Variation.class);
        assertThat(accepted.applied()).isFalse();

        lapsing.applyDue(from.minusDays(1), clock.instant());
        assertThat(show(awarded).weeklyMinutes()).as("the day before").isEqualTo(600);
        int applied = lapsing.applyDue(from, clock.instant());
        int again = lapsing.applyDue(from, clock.instant());

        assertThat(applied).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(show(awarded).weeklyMinutes()).isEqualTo(720);
        assertThat(variations(awarded).getFirst().applied()).isTrue();
    }

    @Test
    void a_decline_needs_a_reason_keeps_the_terms_and_tells_the_commissioners() {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(1))), Variation.class);

        Problem noReason = Api.problemOf(api().refusal(decline(SPON_END, awarded, proposed, " ")));
        Variation declined = api().retrieve(decline(SPON_END, awarded, proposed, "No carers free at lunchtime"), Variation.class);

        assertThat(noReason.errors()).extracting(Problem.FieldError::field).containsExactly("reason");
        assertThat(declined.status()).isEqualTo(VariationStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("No carers free at lunchtime");
        assertThat(show(awarded).weeklyMinutes()).isEqualTo(600);
        assertThat(told("variation.declined", awarded)).isGreaterThanOrEqualTo(1);
        assertThat(actions(awarded)).contains("VARIATION_DECLINED");
        assertThat(api().refusal(accept(SPON_END, awarded, proposed)).getStatus().getCode()).isEqualTo(409);
    }

    @Test
    void an_unanswered_variation_lapses_after_the_councils_days_and_cannot_then_be_accepted() {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(10))), Variation.class);

        clock.set(proposed.respondBy());
        var tooLate = api().refusal(accept(SPON_END, awarded, proposed));
        int lapsed = lapsing.lapse(clock.instant());
        int again = lapsing.lapse(clock.instant());

        assertThat(tooLate.getStatus().getCode()).isEqualTo(409);
        assertThat(lapsed).as("this one, and any other test's left waiting").isGreaterThanOrEqualTo(1);
        assertThat(again).isZero();
        assertThat(variations(awarded).getFirst().status()).isEqualTo(VariationStatus.LAPSED);
        assertThat(api().refusal(accept(SPON_END, awarded, proposed)).getStatus().getCode()).isEqualTo(409);
        assertThat(told("variation.lapsed", awarded)).isGreaterThanOrEqualTo(1);
        assertThat(actions(awarded)).contains("VARIATION_LAPSED");
        assertThat(show(awarded).actions()).contains(PackageAction.PROPOSE_VARIATION);
    }

    @Test
    void two_nodes_lapsing_at_once_lapse_a_variation_once_and_tell_the_council_once() throws Exception {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(10))), Variation.class);
        clock.set(proposed.respondBy().plusSeconds(1));

        Race.of(4, i -> lapsing.lapse(clock.instant()));

        assertThat(variations(awarded).getFirst().status()).isEqualTo(VariationStatus.LAPSED);
        assertThat(actions(awarded)).filteredOn("VARIATION_LAPSED"::equals).hasSize(1);
        assertThat(told("variation.lapsed", awarded)).isEqualTo(number("""
                select count(*) from app_user u join care_package p on p.council_id = u.council_id
                 where p.id = ? and u.role = 'COMMISSIONER' and u.enabled""", awarded.id()));
    }

    @Test
    void terms_accepted_by_a_provider_that_no_longer_holds_the_package_never_come_into_force() {
        CarePackage awarded = awarded();
        LocalDate from = today().plusDays(3);
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(from)), Variation.class);
        api().retrieve(accept(SPON_END, awarded, proposed), Variation.class);
        UUID other = id("select provider_id from lot_provider where lot_id = ? and provider_id <> ? limit 1",
                awarded.lot().id(), awarded.awardedProvider().id());
        api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/review",
                new ReviewForm(other, "Continuity of care"))), CarePackage.class);

        lapsing.applyDue(from, clock.instant());

        assertThat(show(awarded).weeklyMinutes()).isEqualTo(600);
    }

    @Test
    void a_partner_system_sees_a_change_of_the_visits_alone_in_its_event_feed() {
        CarePackage awarded = awarded();
        execute("update care_package set placed_by = (select id from organisation where kind = 'NHS_PARTNER' order by name limit 1) where id = ?",
                awarded.id());
        VisitPattern lateVisits = new VisitPattern(2, 45, List.of(TimeOfDay.MORNING, TimeOfDay.EVENING), true, false);
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, new VariationForm(600, lateVisits, today(), WHY)), Variation.class);

        api().retrieve(accept(SPON_END, awarded, proposed), Variation.class);

        assertThat(number("select count(*) from partner_event where package_id = ? and type = 'package.changed'", awarded.id())).isEqualTo(1);
    }

    @Test
    void a_variation_not_yet_due_does_not_lapse() {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(10))), Variation.class);

        clock.set(proposed.respondBy().minusSeconds(1));

        assertThat(lapsing.lapse(clock.instant())).isZero();
        assertThat(variations(awarded).getFirst().status()).isEqualTo(VariationStatus.PROPOSED);
    }

    @Test
    void the_commissioner_withdraws_a_pending_variation_and_the_provider_is_told() {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(2))), Variation.class);

        Variation withdrawn = api().retrieve(withdraw(COMMISSIONER, awarded, proposed), Variation.class);

        assertThat(withdrawn.status()).isEqualTo(VariationStatus.WITHDRAWN);
        assertThat(api().refusal(withdraw(COMMISSIONER, awarded, proposed)).getStatus().getCode()).isEqualTo(409);
        assertThat(api().refusal(accept(SPON_END, awarded, proposed)).getStatus().getCode()).isEqualTo(409);
        assertThat(told("variation.withdrawn", awarded)).isGreaterThanOrEqualTo(1);
        assertThat(actions(awarded)).contains("VARIATION_WITHDRAWN");
    }

    @Test
    void accepting_twice_is_refused_the_second_time() {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(2))), Variation.class);
        api().retrieve(accept(SPON_END, awarded, proposed), Variation.class);

        var twice = api().refusal(accept(SPON_END, awarded, proposed));

        assertThat(twice.getStatus().getCode()).isEqualTo(409);
        assertThat(actions(awarded)).filteredOn("VARIATION_ACCEPTED"::equals).hasSize(1);
    }

    @Test
    void a_draft_or_cancelled_package_cannot_be_varied_and_cancelling_withdraws_a_pending_variation() {
        CarePackage draft = draft(packageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL"))));
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(2))), Variation.class);

        var onDraft = api().refusal(propose(COMMISSIONER, draft, form(today().plusDays(2))));
        var second = api().refusal(propose(COMMISSIONER, awarded, form(today().plusDays(4))));
        api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/cancel", new CancelForm("Moved away"))), CarePackage.class);
        var onCancelled = api().refusal(propose(COMMISSIONER, awarded, form(today().plusDays(2))));

        assertThat(draft.actions()).doesNotContain(PackageAction.PROPOSE_VARIATION);
        assertThat(onDraft.getStatus().getCode()).isEqualTo(409);
        assertThat(second.getStatus().getCode()).isEqualTo(409);
        assertThat(onCancelled.getStatus().getCode()).isEqualTo(409);
        assertThat(variations(awarded)).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(proposed.id());
            assertThat(v.status()).isEqualTo(VariationStatus.WITHDRAWN);
        });
    }

    @Test
    void handing_the_package_back_withdraws_a_pending_variation() {
        CarePackage awarded = awarded();
        api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(2))), Variation.class);

        api().retrieve(api().as(SPON_END, POST("/api/care-packages/" + awarded.id() + "/hand-back",
                new HandBackForm(today().plusDays(30), "We are closing this area"))), CarePackage.class);

        assertThat(variations(awarded).getFirst().status()).isEqualTo(VariationStatus.WITHDRAWN);
    }

    @Test
    void bad_proposals_are_refused_naming_the_field_and_change_nothing() {
        CarePackage awarded = awarded();

        Problem past = Api.problemOf(api().refusal(propose(COMMISSIONER, awarded, form(today().minusDays(1)))));
        Problem same = Api.problemOf(api().refusal(propose(COMMISSIONER, awarded,
                new VariationForm(awarded.weeklyMinutes(), awarded.visitPattern(), today(), WHY))));
        Problem shortVisits = Api.problemOf(api().refusal(propose(COMMISSIONER, awarded,
                new VariationForm(720, new VisitPattern(2, 15, List.of(TimeOfDay.MORNING), false, false), today(), WHY))));

        assertThat(past.errors()).extracting(Problem.FieldError::field).containsExactly("effectiveFrom");
        assertThat(same.errors()).extracting(Problem.FieldError::field).containsExactly("weeklyMinutes");
        assertThat(shortVisits.errors()).extracting(Problem.FieldError::field).containsExactly("visitPattern.visitMinutes");
        assertThat(variations(awarded)).isEmpty();
    }

    @Test
    void only_the_holder_answers_and_only_the_councils_commissioners_propose() {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(2))), Variation.class);
        String otherProvider = providerUsers("Elsewhere", 1).getFirst();

        var byOtherProvider = api().refusal(accept(otherProvider, awarded, proposed));
        var otherSees = api().refusal(api().as(otherProvider, GET("/api/care-packages/" + awarded.id() + "/variations")));
        var byProvider = api().refusal(propose(SPON_END, awarded, form(today().plusDays(2))));
        var byOtherCouncil = api().refusal(propose(OTHER_COUNCIL, awarded, form(today().plusDays(2))));
        var otherCouncilReads = api().refusal(api().as(OTHER_COUNCIL, GET("/api/packages/" + awarded.id() + "/variations")));
        var commissionerAccepts = api().refusal(accept(COMMISSIONER, awarded, proposed));

        assertThat(byOtherProvider.getStatus().getCode()).isEqualTo(404);
        assertThat(otherSees.getStatus().getCode()).isEqualTo(404);
        assertThat(byProvider.getStatus().getCode()).isEqualTo(403);
        assertThat(byOtherCouncil.getStatus().getCode()).isEqualTo(404);
        assertThat(otherCouncilReads.getStatus().getCode()).isEqualTo(404);
        assertThat(commissionerAccepts.getStatus().getCode()).isEqualTo(403);
        assertThat(variations(awarded)).singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(VariationStatus.PROPOSED));
        assertThat(api().retrieve(api().as(SPON_END, GET("/api/care-packages/" + awarded.id() + "/variations")),
                Argument.listOf(Variation.class))).hasSize(1);
    }

    @Test
    void the_person_and_their_carer_are_told_in_their_language_when_their_care_changes() {
        CarePackage awarded = awarded();
        UUID person = id("select person_id from care_package where id = ?", awarded.id());
        UUID council = id("select council_id from care_package where id = ?", awarded.id());
        execute("""
                insert into app_user (username, display_name, password_hash, role, council_id, person_id, language, email)
                values (?, 'Ada', 'x', 'SERVICE_USER', ?, ?, 'cy', 'ada@example.test')""", "ada-" + UUID.randomUUID() + "@example.test",
                council, person);
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today())), Variation.class);

        api().retrieve(accept(SPON_END, awarded, proposed), Variation.class);

        assertThat(number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where n.message_key = 'variation.care-changed' and u.person_id = ?""", person)).isEqualTo(1);
        assertThat(number("""
                select count(*) from email_outbox e join notification n on n.id = e.notification_id join app_user u on u.id = n.user_id
                 where n.message_key = 'variation.care-changed' and u.person_id = ? and e.subject like 'Mae eich gofal%'""", person))
                .isEqualTo(1);
    }

    @Test
    void the_partners_history_shows_an_accepted_variation() {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today())), Variation.class);
        api().retrieve(accept(SPON_END, awarded, proposed), Variation.class);

        List<HistoryEntry> history = across.run("the test reads a partner's history", () -> placement.partnerHistory(awarded.id()));

        assertThat(history).filteredOn(e -> e.action().equals("VARIATION_ACCEPTED")).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("weeklyMinutes: 720").doesNotContain(WHY));
    }

    @Test
    void eight_proposals_at_once_leave_exactly_one_pending() throws Exception {
        CarePackage awarded = awarded();

        List<Integer> statuses = Race.of(8, i -> Race.status(
                () -> api().retrieve(propose(COMMISSIONER, awarded, form(today().plusDays(1 + i))), Variation.class)));

        assertThat(statuses).filteredOn(s -> s == 200 || s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(variations(awarded)).hasSize(1);
    }

    @Test
    void accept_racing_decline_and_withdraw_lets_exactly_one_win() throws Exception {
        CarePackage awarded = awarded();
        Variation proposed = api().retrieve(propose(COMMISSIONER, awarded, form(today())), Variation.class);

        List<Integer> statuses = Race.of(6, i -> Race.status(() -> api().retrieve(switch (i % 3) {
            case 0 -> accept(SPON_END, awarded, proposed);
            case 1 -> decline(SPON_END, awarded, proposed, "Cannot staff it " + i);
            default -> withdraw(COMMISSIONER, awarded, proposed);
        }, Variation.class)));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        Variation ended = variations(awarded).getFirst();
        assertThat(ended.status()).isIn(VariationStatus.ACCEPTED, VariationStatus.DECLINED, VariationStatus.WITHDRAWN);
        assertThat(actions(awarded)).filteredOn(a -> a.startsWith("VARIATION_") && !a.equals("VARIATION_PROPOSED")).hasSize(1);
    }

    private CarePackage awarded() {
        CarePackage published = publishedInCentral();
        accept(SPON_END, offerFor(SPON_END, published));
        CarePackage awarded = show(published);
        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        return awarded;
    }

    private static VariationForm form(LocalDate from) {
        return new VariationForm(720, MORE_VISITS, from, WHY);
    }

    private MutableHttpRequest<VariationForm> propose(String who, CarePackage p, VariationForm form) {
        return api().as(who, POST("/api/packages/" + p.id() + "/variations", form));
    }

    private MutableHttpRequest<VariationChoice> withdraw(String who, CarePackage p, Variation v) {
        return api().as(who, POST("/api/packages/" + p.id() + "/variations/withdraw", new VariationChoice(v.id())));
    }

    private MutableHttpRequest<VariationChoice> accept(String who, CarePackage p, Variation v) {
        return api().as(who, POST("/api/care-packages/" + p.id() + "/variations/accept", new VariationChoice(v.id())));
    }

    private MutableHttpRequest<VariationDecline> decline(String who, CarePackage p, Variation v, String reason) {
        return api().as(who, POST("/api/care-packages/" + p.id() + "/variations/decline", new VariationDecline(v.id(), reason)));
    }

    private List<Variation> variations(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/variations")), Argument.listOf(Variation.class));
    }

    private CarePackage held(String provider, CarePackage p) {
        return api().retrieve(api().as(provider, GET("/api/care-packages")), Argument.listOf(CarePackage.class)).stream()
                .filter(c -> c.id().equals(p.id())).findFirst().orElseThrow();
    }

    private List<String> actions(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class))
                .stream().map(HistoryEntry::action).toList();
    }

    private int told(String key, CarePackage p) {
        return number("select count(*) from notification where package_id = ? and message_key = ? and kind = 'PACKAGE_VARIATION'", p.id(), key);
    }
}
