package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.notification.OfferNotifier;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

/**
 * A provider's proposed start is held to the council's start tolerance after the requested start: an acceptance
 * proposing a later (or earlier) one is refused naming the field and the latest day allowed, and wins nothing. A bid
 * may propose a later start, up to a hard limit; it is marked, and only the commissioner's award of it accepts it.
 * The start agreed on award is shown on the package.
 */
@Tag("calendar")
@MicronautTest(transactional = false)
class ProposedStartTest extends BrokerageTest {

    @jakarta.inject.Inject
    OfferNotifier notifier;

    private Problem refusedAcceptance(String provider, Offer offer, LocalDate start) {
        HttpClientResponseException refusal = api().refusal(api().as(provider,
                POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(start))));
        assertThat(refusal.code()).isEqualTo(400);
        return Api.problemOf(refusal);
    }

    @Test
    void a_primary_provider_accepting_to_start_in_2099_is_refused_naming_the_latest_day_and_the_bid_to_come_and_wins_nothing() {
        CarePackage published = publishedInCentral();
        Offer offer = offerFor(SPON_END, published);
        int awardsBefore = number("select count(*) from audit_event where action = 'AWARDED'");

        Problem problem = refusedAcceptance(SPON_END, offer, LocalDate.of(2099, 12, 31));

        LocalDate latest = published.startDate().plusDays(BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("proposedStart");
            assertThat(error.message()).contains(latest.toString(), "A later start can be proposed as a bid if the package opens for bids");
        });
        assertThat(show(published).status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(offerFor(SPON_END, published).response()).isEqualTo(OfferResponse.PENDING);
        assertThat(number("select count(*) from audit_event where action = 'AWARDED'")).isEqualTo(awardsBefore);
    }

    @Test
    void a_start_before_the_requested_one_is_refused_and_one_within_the_tolerance_wins_and_is_the_agreed_start() {
        CarePackage published = publishedInCentral();
        Offer offer = offerFor(SPON_END, published);

        Problem early = refusedAcceptance(SPON_END, offer, published.startDate().minusDays(1));
        assertThat(early.errors()).extracting(Problem.FieldError::field).containsExactly("proposedStart");

        LocalDate agreed = published.startDate().plusDays(BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS);
        Offer won = api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(agreed))), Offer.class);

        assertThat(won.response()).isEqualTo(OfferResponse.WON);
        CarePackage awarded = show(published);
        assertThat(awarded.startDate()).as("the requested start").isEqualTo(published.startDate());
        assertThat(awarded.agreedStart()).isEqualTo(agreed);
        assertThat(published.agreedStart()).as("none before award").isNull();
    }

    @Test
    void a_bid_beyond_the_tolerance_is_taken_and_marked_with_how_many_days_later_it_is_and_one_within_it_is_not() throws java.sql.SQLException {
        CarePackage published = openPackage("Late starters");
        LocalDate late = published.startDate().plusDays(BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS + 9);
        LocalDate usual = published.startDate().plusDays(3);

        Offer taken = bid(LATE_STARTERS.get(0), published, late);
        assertThat(lastAuditDetails("BID")).contains("\"lateStartDays\": 9");
        bid(LATE_STARTERS.get(1), published, usual);

        assertThat(taken.response()).isEqualTo(OfferResponse.BID);
        assertThat(taken.proposedStart()).isEqualTo(late);
        assertThat(bids(published)).extracting(Bid::proposedStart, Bid::lateStartDays)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(late, 9), org.assertj.core.groups.Tuple.tuple(usual, null));
        assertThat(show(published).status()).as("a later start is never awarded on the provider's word").isEqualTo(PackageStatus.REVIEW);
    }

    @Test
    void awarding_a_bid_beyond_the_tolerance_accepts_the_later_start_which_becomes_the_agreed_start_audited_and_told()
            throws java.sql.SQLException {
        CarePackage published = openPackage("Accepted late starters");
        List<String> providers = List.of("accepted-late-starters-0@coventry.test", "accepted-late-starters-1@coventry.test");
        LocalDate late = published.startDate().plusDays(BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS + 9);
        Offer lateBid = bid(providers.get(0), published, late);
        bid(providers.get(1), published, published.startDate());
        notifier.notifyDue(clock.instant());
        assertThat(notices(COMMISSIONER, published, "PACKAGE_REVIEW")).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("One of them proposes a start later than the council usually allows",
                        "awarding such a bid accepts its later start"));

        CarePackage awarded = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + published.id() + "/award",
                new uk.homecare.portal.api.brokerage.AwardForm(lateBid.id()))), CarePackage.class);

        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(awarded.agreedStart()).as("the later start, accepted by the award").isEqualTo(late);
        assertThat(lastAuditDetails("AWARDED")).contains("\"lateStartDays\": 9", "\"lateStartAccepted\": true",
                "\"agreedStart\": \"" + late + "\"");
        assertThat(notices(providers.get(0), published, "OFFER_WON")).singleElement()
                .satisfies(n -> assertThat(n.text()).contains(published.reference(), "9 days later than the council usually allows",
                        "the commissioner accepted it"));
        assertThat(notices(providers.get(1), published, "OFFER_WON")).as("the loser is told it lost, not this").isEmpty();
    }

    @Test
    void a_bid_beyond_the_hard_limit_is_refused_naming_the_field_and_the_last_day() {
        CarePackage published = openPackage("Very late starters");
        Offer offer = offerFor("very-late-starters-0@coventry.test", published);
        LocalDate limit = published.startDate().plusDays(StartTolerance.LIMIT_DAYS);
        assertThat(offer.latestBidStart()).isEqualTo(limit);

        HttpClientResponseException refusal = api().refusal(api().as("very-late-starters-0@coventry.test",
                POST("/api/offers/" + offer.id() + "/bid", new BidForm(limit.plusDays(1), null))));

        assertThat(refusal.code()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("proposedStart");
            assertThat(error.message()).contains(limit.toString());
        });
        assertThat(offerFor("very-late-starters-0@coventry.test", published).response()).isEqualTo(OfferResponse.PENDING);
    }

    @Test
    void an_acceptance_beyond_the_tolerance_in_the_open_stage_is_refused_saying_to_bid_instead() {
        CarePackage published = openPackage("Late accepters");
        Offer offer = offerFor("late-accepters-0@coventry.test", published);

        Problem problem = refusedAcceptance("late-accepters-0@coventry.test", offer, published.startDate().plusDays(15));

        assertThat(problem.errors()).singleElement().satisfies(error -> assertThat(error.message()).contains("send a bid instead"));
        assertThat(offerFor("late-accepters-0@coventry.test", published).response()).isEqualTo(OfferResponse.PENDING);
    }

    private static final List<String> LATE_STARTERS = List.of("late-starters-0@coventry.test", "late-starters-1@coventry.test");

    /** A package on a new lot held by two framework providers, so it goes straight to the OPEN stage, where the commissioner awards. */
    private CarePackage openPackage(String lotName) {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders(lotName, 2, false);
        return publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
    }

    private Offer bid(String provider, CarePackage published, LocalDate start) {
        return api().retrieve(api().as(provider, POST("/api/offers/" + offerFor(provider, published).id() + "/bid",
                new BidForm(start, null))), Offer.class);
    }

    private List<Bid> bids(CarePackage published) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + published.id() + "/bids")), Argument.listOf(Bid.class));
    }

    private List<Notification> notices(String user, CarePackage published, String kind) {
        return api().retrieve(api().as(user, GET("/api/notifications")), Argument.listOf(Notification.class)).stream()
                .filter(n -> n.kind().equals(kind) && published.id().equals(n.packageId())).toList();
    }

    @Test
    void the_commissioner_sets_the_tolerance_which_is_audited_and_applies_to_the_next_answer() throws java.sql.SQLException {
        BrokeragePolicy before = api().retrieve(api().as(COMMISSIONER, GET("/api/brokerage-policy")), BrokeragePolicy.class);
        assertThat(before.startToleranceDays()).as("the default").isEqualTo(14);
        var threeDays = new BrokeragePolicy(before.primaryWindowMinutes(), before.secondaryWindowMinutes(), before.openWindowMinutes(),
                before.openStageRule(), before.handBackNoticeDays(), 3);
        try {
            assertThat(api().retrieve(api().as(COMMISSIONER, PUT("/api/brokerage-policy", threeDays)), BrokeragePolicy.class))
                    .isEqualTo(threeDays);
            assertThat(lastAuditDetails("BROKERAGE_POLICY_CHANGED")).contains("\"startToleranceDays\": 3");
            CarePackage published = publishedInCentral();
            Offer offer = offerFor(SPON_END, published);

            Problem problem = refusedAcceptance(SPON_END, offer, published.startDate().plusDays(4));

            assertThat(problem.errors().getFirst().message()).contains(published.startDate().plusDays(3).toString(), "3 days");
            assertThat(api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept",
                    new AcceptOffer(published.startDate().plusDays(3)))), Offer.class).response()).isEqualTo(OfferResponse.WON);
        } finally {
            api().retrieve(api().as(COMMISSIONER, PUT("/api/brokerage-policy", before)), BrokeragePolicy.class);
        }
    }

    @Test
    void a_tolerance_outside_nought_to_ninety_days_is_refused_naming_the_field() {
        BrokeragePolicy before = api().retrieve(api().as(COMMISSIONER, GET("/api/brokerage-policy")), BrokeragePolicy.class);
        var tooLong = new BrokeragePolicy(before.primaryWindowMinutes(), before.secondaryWindowMinutes(), before.openWindowMinutes(),
                before.openStageRule(), before.handBackNoticeDays(), 91);

        HttpClientResponseException refusal = api().refusal(api().as(COMMISSIONER, PUT("/api/brokerage-policy", tooLong)));

        assertThat(refusal.code()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("startToleranceDays");
        assertThat(api().retrieve(api().as(COMMISSIONER, GET("/api/brokerage-policy")), BrokeragePolicy.class)).isEqualTo(before);
    }

    @Test
    void the_partners_chc_history_shows_the_start_agreed_on_award() {
        PackageForm base = packageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL")));
        var form = new ChcPackageForm(id("select id from council where code = 'coventry'"), coventryZone("CENTRAL"), null, 900,
                base.visitPattern(), base.startDate(), "PEG feeding and hoist transfers.", HAROLD, "ICB-START-1");
        ChcPackage placed = api().retrieve(POST("/api/chc/packages", form).bearerAuth(api().partnerToken())
                .header("Idempotency-Key", UUID.randomUUID().toString()), ChcPackage.class);
        Offer offer = inbox(SPON_END).stream().filter(o -> o.packageId().equals(placed.id())).findFirst().orElseThrow();
        LocalDate agreed = base.startDate().plusDays(2);
        api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(agreed))), Offer.class);

        List<HistoryEntry> history = api().retrieve(GET("/api/chc/packages/" + placed.id() + "/history").bearerAuth(api().partnerToken()),
                Argument.listOf(HistoryEntry.class));

        assertThat(history).filteredOn(h -> h.action().equals("AWARDED")).singleElement()
                .satisfies(h -> assertThat(h.details()).contains("agreedStart: " + agreed));
    }

    private String lastAuditDetails(String action) throws java.sql.SQLException {
        try (var db = connectDirectly(); var statement = db.prepareStatement(
                "select details::text from audit_event where action = ? order by id desc limit 1")) {
            statement.setString(1, action);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as("an audit event " + action).isTrue();
                return rows.getString(1);
            }
        }
    }

    @Test
    void the_offer_says_the_latest_start_the_council_allows_and_says_none_once_it_cannot_be_answered() {
        CarePackage published = publishedInCentral();
        Offer offer = offerFor(SPON_END, published);

        LocalDate latest = published.startDate().plusDays(BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS);
        assertThat(offer.latestStart()).isEqualTo(latest);
        assertThat(api().retrieve(api().as(SPON_END, GET("/api/offers/" + offer.id())), Offer.class).latestStart())
                .isEqualTo(latest);

        Offer won = api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(latest))), Offer.class);

        assertThat(won.response()).isEqualTo(OfferResponse.WON);
        assertThat(won.latestStart()).as("no answer to give, so no latest start to keep to").isNull();
    }
}
