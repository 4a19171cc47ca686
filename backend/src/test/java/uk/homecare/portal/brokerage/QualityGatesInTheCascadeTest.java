package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.quality.FailedGate;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.api.quality.GateSettings;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.quality.StandingAction;
import uk.homecare.portal.api.quality.SuspensionForm;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Race;

/**
 * Coventry's gates in its cascade: a provider below the council's minimum rating, or suspended by the council, gets
 * no new offer (a stage only it holds is passed over), the package's history says whom the cascade skipped and why
 * (nothing about the person), the provider's own standing says which gate it fails where and why, and a provider
 * gated after its offer went out may decline it but not accept or bid (409 provider-gated).
 */
@MicronautTest(transactional = false)
class QualityGatesInTheCascadeTest extends BrokerageTest {

    static final String ADMIN = "admin@coventry.demo";
    static final String PLATFORM = "platform@homecare.demo";
    static final String CQC_HEADER = "Location ID,Location Name,Service / Population Group,Domain,Latest Rating,Publication Date,Provider ID,Provider Name\n";

    @BeforeEach
    void noGates() {
        execute("delete from provider_suspension");
        execute("delete from provider_gate_policy");
        policy(OpenStageRule.COMMISSIONER_AWARDS);
    }

    UUID sponEnd() {
        return id("select organisation_id from app_user where username = ?", SPON_END);
    }

    void rate(String sponEndRating) {
        String file = CQC_HEADER
                + "1-9698924284,Spon End Home Support - Coventry,Overall,Overall," + sponEndRating + ",14/11/2025,1-7403928141,Spon End Home Support Ltd\n"
                + "1-3018807828,Swanswell Pool Care,Overall,Overall,Good,01/10/2024,1-7967767083,Swanswell Pool Care Ltd\n";
        api().exchange(api().as(PLATFORM, POST("/api/regulator-ratings/imports", file.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv"))), Object.class);
    }

    GateSettings gates(Rating minimum, boolean notYetRatedPasses) {
        GateSettings loaded = api().retrieve(api().as(ADMIN, GET("/api/council/provider-gates")), GateSettings.class);
        return api().retrieve(api().as(ADMIN, PUT("/api/council/provider-gates",
                new GateSettings(minimum, notYetRatedPasses, loaded.version()))), GateSettings.class);
    }

    ProviderStanding suspend(UUID provider, String reason) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/provider-organisations/" + provider + "/suspension",
                new SuspensionForm(reason))), ProviderStanding.class);
    }

    List<HistoryEntry> history(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class));
    }

    List<FailedGate> toldInCoventry(String provider) {
        return api().retrieve(api().as(provider, GET("/api/my-organisation/standing")), Argument.listOf(ProviderStanding.class)).stream()
                .filter(s -> s.council().name().startsWith("Coventry")).findFirst().orElseThrow().failedGates();
    }

    @Test
    void a_provider_below_the_councils_minimum_rating_is_skipped_with_why_in_the_history_and_is_told_why() {
        rate("Requires improvement");
        gates(Rating.GOOD, true);

        CarePackage published = publishedInCentral();

        assertThat(published.status()).as("its primary provider is gated: the secondary stage").isEqualTo(PackageStatus.SECONDARY);
        assertThat(inbox(SPON_END)).noneMatch(o -> o.packageId().equals(published.id()));
        List<HistoryEntry> history = history(published);
        assertThat(history).extracting(HistoryEntry::action).containsSubsequence("PUBLISHED", "PROVIDER_SKIPPED", "ENTERED_SECONDARY");
        assertThat(history).filteredOn(e -> e.action().equals("PROVIDER_SKIPPED")).singleElement().satisfies(skip -> {
            assertThat(skip.facts()).containsEntry("provider", "Spon End Home Support Ltd").containsEntry("gate", "MINIMUM_RATING")
                    .containsEntry("rating", "REQUIRES_IMPROVEMENT").containsEntry("minimumRating", "GOOD").containsEntry("stage", "PRIMARY");
            assertThat(skip.details()).doesNotContain(HAROLD.familyName(), HAROLD.nhsNumber(), HAROLD.postcode(), "Lavender");
        });
        assertThat(toldInCoventry(SPON_END)).singleElement().satisfies(gate -> {
            assertThat(gate.gate()).isEqualTo(GateName.MINIMUM_RATING);
            assertThat(gate.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
            assertThat(gate.minimumRating()).isEqualTo(Rating.GOOD);
            assertThat(gate.reason()).isEqualTo("Its rating, Requires improvement, is below this council's minimum, Good.");
        });

        rate("Good");
        assertThat(publishedInCentral().status()).as("rated Good again: offered again").isEqualTo(PackageStatus.PRIMARY);
        assertThat(toldInCoventry(SPON_END)).isEmpty();
    }

    @Test
    void a_provider_not_yet_rated_is_skipped_only_where_the_council_does_not_take_providers_not_yet_rated() {
        rate("Not yet rated");
        gates(Rating.GOOD, true);
        assertThat(publishedInCentral().status()).isEqualTo(PackageStatus.PRIMARY);

        gates(Rating.GOOD, false);
        assertThat(publishedInCentral().status()).isEqualTo(PackageStatus.SECONDARY);
        assertThat(toldInCoventry(SPON_END)).singleElement().satisfies(gate -> assertThat(gate.reason()).contains("no published rating"));
    }

    @Test
    void a_suspended_provider_is_skipped_in_every_stage_is_told_why_and_is_offered_again_once_lifted() {
        ProviderStanding suspended = suspend(sponEnd(), "Safeguarding investigation open");
        assertThat(suspended.failedGates()).extracting(FailedGate::gate).containsExactly(GateName.SUSPENDED_BY_COUNCIL);
        assertThat(suspended.actions()).containsExactly(StandingAction.LIFT_SUSPENSION);

        CarePackage published = publishedInCentral();
        assertThat(published.status()).isEqualTo(PackageStatus.SECONDARY);
        clock.advance(Duration.ofMinutes(60));
        cascade.advanceLapsed(clock.instant());
        assertThat(show(published).status()).isEqualTo(PackageStatus.OPEN);
        assertThat(inbox(SPON_END)).as("not even in the OPEN stage").noneMatch(o -> o.packageId().equals(published.id()));
        assertThat(history(published)).filteredOn(e -> e.action().equals("PROVIDER_SKIPPED"))
                .extracting(e -> e.facts().get("stage")).containsExactly("PRIMARY", "OPEN");
        assertThat(history(published)).filteredOn(e -> e.action().equals("PROVIDER_SKIPPED"))
                .allSatisfy(e -> assertThat(e.facts()).containsEntry("gate", "SUSPENDED_BY_COUNCIL")
                        .containsEntry("note", "Safeguarding investigation open"));
        assertThat(toldInCoventry(SPON_END)).singleElement().satisfies(gate -> {
            assertThat(gate.gate()).isEqualTo(GateName.SUSPENDED_BY_COUNCIL);
            assertThat(gate.note()).isEqualTo("Safeguarding investigation open");
            assertThat(gate.since()).isEqualTo(clock.instant().minus(Duration.ofMinutes(60)));
        });
        assertThat(number("select count(*) from audit_event where action = 'PROVIDER_SUSPENDED' and entity_id = ?", sponEnd())).isOne();

        ProviderStanding lifted = api().retrieve(api().as(COMMISSIONER, POST("/api/provider-organisations/" + sponEnd() + "/suspension/lift",
                new SuspensionForm("Investigation closed"))), ProviderStanding.class);

        assertThat(lifted.failedGates()).isEmpty();
        assertThat(publishedInCentral().status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(number("select count(*) from audit_event where action = 'PROVIDER_SUSPENSION_LIFTED' and entity_id = ?", sponEnd())).isOne();
    }

    @Test
    void a_provider_whose_insurance_expired_is_skipped_with_why_in_the_history_and_is_told_why_until_it_uploads_cover() {
        UUID expired = insuranceOnFile(sponEnd(), clock.today());
        assertThat(toldInCoventry(SPON_END)).singleElement().satisfies(gate -> {
            assertThat(gate.gate()).isEqualTo(GateName.INSURANCE_EXPIRED);
            assertThat(gate.reason()).contains(clock.today().toString());
        });

        CarePackage published = publishedInCentral();

        assertThat(published.status()).as("the primary stage passed over").isEqualTo(PackageStatus.SECONDARY);
        assertThat(history(published)).filteredOn(e -> e.action().equals("PROVIDER_SKIPPED")).singleElement()
                .satisfies(e -> assertThat(e.facts()).containsEntry("gate", "INSURANCE_EXPIRED")
                        .containsEntry("documents", "PUBLIC_LIABILITY_INSURANCE").containsEntry("stage", "PRIMARY"));

        execute("update compliance_document set expires_on = ? where id = ?", clock.today().plusYears(1), expired);
        assertThat(toldInCoventry(SPON_END)).as("cover in force again").isEmpty();
        assertThat(publishedInCentral().status()).isEqualTo(PackageStatus.PRIMARY);
    }

    /** A public liability insurance document of the provider on file, expiring on {@code expiresOn}. */
    private UUID insuranceOnFile(UUID provider, java.time.LocalDate expiresOn) {
        return id("""
                insert into compliance_document (provider_id, type, expires_on, file_name, media_type, size_bytes, sha256, content,
                                                 uploaded_by, uploaded_at)
                values (?, 'PUBLIC_LIABILITY_INSURANCE', ?, 'cover.pdf', 'application/pdf', 5, 'test', '%PDF-'::bytea,
                        (select id from app_user where username = ?), ?)
                returning id""", provider, expiresOn, SPON_END, java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
    }

    @Test
    void under_first_to_accept_a_gated_provider_gets_no_open_offer() {
        policy(OpenStageRule.FIRST_TO_ACCEPT);
        UUID lot = openLotWithProviders("Gated open", 2, false);
        UUID gated = id("select organisation_id from app_user where username = 'gated-open-0@coventry.test'");
        suspend(gated, "Insurance certificate not sent");

        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));

        assertThat(published.status()).isEqualTo(PackageStatus.OPEN);
        assertThat(inbox("gated-open-0@coventry.test")).noneMatch(o -> o.packageId().equals(published.id()));
        assertThat(accept("gated-open-1@coventry.test", offerFor("gated-open-1@coventry.test", published)).response())
                .isEqualTo(OfferResponse.WON);
    }

    @Test
    void a_provider_gated_after_its_offer_went_out_may_decline_it_but_not_accept_or_bid() {
        UUID lot = openLotWithProviders("Gated later", 2, false);
        CarePackage published = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        Offer offer = offerFor("gated-later-0@coventry.test", published);
        suspend(id("select organisation_id from app_user where username = 'gated-later-0@coventry.test'"), "Complaint under review");

        Problem accepting = Api.problemOf(api().refusal(api().as("gated-later-0@coventry.test",
                POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(today().plusDays(10))))));
        Problem bidding = Api.problemOf(api().refusal(api().as("gated-later-0@coventry.test",
                POST("/api/offers/" + offer.id() + "/bid", new BidForm(today().plusDays(10), null)))));

        for (Problem problem : List.of(accepting, bidding)) {
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.type()).isEqualTo("urn:homecare-portal:problem:provider-gated");
            assertThat(problem.detail()).contains("suspended by the council").contains("Complaint under review");
        }
        assertThat(offerFor("gated-later-0@coventry.test", published).response()).isEqualTo(OfferResponse.PENDING);
        assertThat(offerFor("gated-later-0@coventry.test", published).actions()).as("what the API lists, it takes")
                .containsExactly(OfferAction.DECLINE);
        assertThat(offerFor("gated-later-1@coventry.test", published).actions()).contains(OfferAction.ACCEPT, OfferAction.BID);
        assertThat(decline("gated-later-0@coventry.test", offer).response()).isEqualTo(OfferResponse.DECLINED);
    }

    @Test
    void of_two_commissioners_suspending_a_provider_at_once_one_suspends_and_the_other_is_refused() throws Exception {
        UUID provider = id("select id from organisation where name like 'Swanswell Pool%'");
        api().tokenFor(COMMISSIONER);

        List<Integer> statuses = Race.of(2, racer -> Race.status(() -> suspend(provider, "Racing suspension " + racer)));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(number("select count(*) from provider_suspension where provider_id = ? and lifted_at is null", provider)).isOne();
    }

    @Test
    void the_council_administrator_sets_the_gates_audited_on_the_version_loaded() {
        GateSettings set = gates(Rating.REQUIRES_IMPROVEMENT, false);
        assertThat(set.minimumRating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(number("select count(*) from audit_event where action = 'PROVIDER_GATES_CHANGED'")).isPositive();

        Problem stale = Api.problemOf(api().refusal(api().as(ADMIN, PUT("/api/council/provider-gates",
                new GateSettings(Rating.GOOD, true, set.version() - 1)))));
        Problem notARating = Api.problemOf(api().refusal(api().as(ADMIN, PUT("/api/council/provider-gates",
                new GateSettings(Rating.NOT_YET_RATED, true, set.version())))));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(notARating.status()).isEqualTo(400);
        assertThat(notARating.errors()).extracting(Problem.FieldError::field).containsExactly("minimumRating");
        assertThat(api().retrieve(api().as(ADMIN, GET("/api/council/provider-gates")), GateSettings.class)).isEqualTo(set);
    }
}
