package uk.homecare.portal.chc;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.PATCH;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.chc.ChcCancelForm;
import uk.homecare.portal.api.chc.ChcChangeForm;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.chc.ChcRequirement;
import uk.homecare.portal.api.chc.ChcSummary;
import uk.homecare.portal.api.chc.EventPage;
import uk.homecare.portal.api.chc.PartnerEvent;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@Tag("calendar")
@MicronautTest(transactional = false)
class ChcPartnerApiTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String SPON_END = "provider@coventry.demo";
    static final PersonDetails PATIENT = new PersonDetails("Olive", "Brandreth", LocalDate.of(1947, 3, 9), "9434765919",
            "18 Kenilworth Road", "CV5 6AB");


    String partner() {
        return api().partnerToken();
    }

    UUID coventry() {
        return id("select id from council where code = 'coventry'");
    }

    UUID centralZone() {
        return id("select z.id from zone z join council c on c.id = z.council_id where c.code = 'coventry' and z.code = 'CENTRAL'");
    }

    ChcPackageForm form(String partnerReference) {
        return new ChcPackageForm(coventry(), centralZone(), null, 900,
                new VisitPattern(3, 60, List.of(TimeOfDay.MORNING, TimeOfDay.LUNCHTIME, TimeOfDay.EVENING), true, true),
                clock.today().plusDays(10), "PEG feeding and tracheostomy care; hoist transfers.", PATIENT, partnerReference);
    }

    MutableHttpRequest<ChcPackageForm> placing(String key, ChcPackageForm form) {
        MutableHttpRequest<ChcPackageForm> request = POST("/api/chc/packages", form).bearerAuth(partner());
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    ChcPackage place(String key, ChcPackageForm form) {
        return api().retrieve(placing(key, form), ChcPackage.class);
    }

    @Test
    void a_partner_places_a_chc_package_that_enters_the_same_cascade_with_nhs_funding() {
        ChcPackage placed = place(UUID.randomUUID().toString(), form("ICB-1001"));

        assertThat(placed.status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(placed.partnerReference()).isEqualTo("ICB-1001");
        assertThat(placed.zone().name()).isEqualTo("Central");
        CarePackage seenByCouncil = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + placed.id())), CarePackage.class);
        assertThat(seenByCouncil.funding()).isEqualTo(Funding.NHS_CHC);
        assertThat(seenByCouncil.person()).isEqualTo(PATIENT);
        assertThat(api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)))
                .anySatisfy(o -> assertThat(o.packageId()).isEqualTo(placed.id()));
    }

    @Test
    void retries_with_one_idempotency_key_racing_each_other_create_one_package_and_return_the_first_result() throws Exception {
        String key = UUID.randomUUID().toString();
        ChcPackageForm form = form("ICB-RACE");
        var start = new CountDownLatch(1);
        List<Future<HttpResponse<ChcPackage>>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 12; i++) {
                Callable<HttpResponse<ChcPackage>> call = () -> {
                    start.await();
                    return api().exchange(placing(key, form), ChcPackage.class);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
        }
        List<HttpResponse<ChcPackage>> responses = new ArrayList<>();
        for (var result : results) {
            responses.add(result.get());
        }

        assertThat(responses).extracting(r -> r.getStatus().getCode()).containsOnly(201);
        assertThat(responses).extracting(r -> r.body().id()).containsOnly(responses.getFirst().body().id());
        assertThat(responses).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
        try (var connection = connectDirectly(); var rows = connection.createStatement()
                .executeQuery("select count(*) from care_package where partner_reference = 'ICB-RACE'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void a_partner_may_give_the_week_of_visits_and_the_needs_for_matching_which_the_council_and_the_offers_show() {
        ChcPackage placed = place(UUID.randomUUID().toString(), withWeek(form("ICB-WEEK"), List.of(MatchingNeed.WELSH_SPEAKING_CARER)));

        CarePackage seenByCouncil = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + placed.id())), CarePackage.class);
        assertThat(seenByCouncil.schedule()).hasSize(15);
        assertThat(seenByCouncil.matchingNeeds()).containsExactly(MatchingNeed.WELSH_SPEAKING_CARER);
        assertThat(api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)))
                .filteredOn(o -> o.packageId().equals(placed.id()))
                .singleElement().satisfies(o -> assertThat(o.matchingNeeds()).containsExactly(MatchingNeed.WELSH_SPEAKING_CARER));
    }

    @Test
    void needs_listed_in_another_order_under_the_same_key_are_the_same_request_and_a_week_that_does_not_add_up_is_refused() {
        String key = UUID.randomUUID().toString();
        ChcPackage first = place(key, withWeek(form("ICB-ORDER"), List.of(MatchingNeed.DRIVER, MatchingNeed.FEMALE_CARER)));

        var again = api().exchange(placing(key, withWeek(form("ICB-ORDER"), List.of(MatchingNeed.FEMALE_CARER, MatchingNeed.DRIVER))),
                ChcPackage.class);
        ChcPackageForm week = withWeek(form("ICB-SHORT"), List.of());
        var shortWeek = new ChcPackageForm(week.councilId(), week.zoneId(), week.lotId(), 960, week.visitPattern(), week.startDate(),
                week.clinicalNeedsSummary(), week.person(), week.partnerReference(), null, week.schedule(), null);
        var refusal = api().refusal(placing(UUID.randomUUID().toString(), shortWeek));

        assertThat(again.body().id()).isEqualTo(first.id());
        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("schedule");
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_and_a_request_without_a_key_too() {
        String key = UUID.randomUUID().toString();
        place(key, form("ICB-2001"));

        var reused = api().refusal(placing(key, form("ICB-2002")));
        var keyless = api().refusal(placing(null, form("ICB-2003")));

        assertThat(reused.getStatus().getCode()).isEqualTo(422);
        assertThat(Api.problemOf(reused).detail()).contains("different request body");
        assertThat(keyless.getStatus().getCode()).isEqualTo(400);
        assertThat(id("select id from care_package where partner_reference in ('ICB-2002', 'ICB-2003')")).isNull();
    }

    @Test
    void an_nhs_number_is_required_and_must_pass_the_modulus_11_check() {
        var wrong = new PersonDetails("Olive", "Brandreth", PATIENT.dateOfBirth(), "9434765918", PATIENT.addressLine(), PATIENT.postcode());
        var none = new PersonDetails("Olive", "Brandreth", PATIENT.dateOfBirth(), null, PATIENT.addressLine(), PATIENT.postcode());
        ChcPackageForm base = form("ICB-3001");

        Problem wrongCheck = Api.problemOf(api().refusal(placing(UUID.randomUUID().toString(), withPerson(base, wrong))));
        Problem missing = Api.problemOf(api().refusal(placing(UUID.randomUUID().toString(), withPerson(base, none))));

        assertThat(wrongCheck.errors()).extracting(Problem.FieldError::field).containsExactly("person.nhsNumber");
        assertThat(missing.errors()).extracting(Problem.FieldError::field).containsExactly("person.nhsNumber");
    }

    @Test
    void without_a_zone_the_council_map_from_postcode_district_places_the_package() {
        api().retrieve(api().as(COMMISSIONER, PUT("/api/postcode-districts", List.of(new PostcodeDistrictZone("CV5", centralZone())))),
                Argument.listOf(PostcodeDistrictZone.class));
        ChcPackageForm base = form("ICB-4001");
        ChcPackageForm noZone = new ChcPackageForm(base.councilId(), null, null, base.weeklyMinutes(), base.visitPattern(), base.startDate(),
                base.clinicalNeedsSummary(), base.person(), base.partnerReference());

        ChcPackage placed = place(UUID.randomUUID().toString(), noZone);

        assertThat(placed.zone().id()).isEqualTo(centralZone());
    }

    @Test
    void a_partner_is_refused_councils_it_does_not_serve_and_everything_outside_its_role() {
        UUID bradford = id("select id from council where code = 'bradford'");
        ChcPackageForm base = form("ICB-5001");
        ChcPackageForm elsewhere = new ChcPackageForm(bradford, null, null, base.weeklyMinutes(), base.visitPattern(), base.startDate(),
                base.clinicalNeedsSummary(), base.person(), base.partnerReference());

        assertThat(api().refusal(placing(UUID.randomUUID().toString(), elsewhere)).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(GET("/api/packages").bearerAuth(partner())).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(GET("/api/zones").bearerAuth(partner())).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as(COMMISSIONER, GET("/api/chc/events"))).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as(SPON_END, POST("/api/chc/packages", base).header("Idempotency-Key", "x")))
                .getStatus().getCode()).isEqualTo(403);
        assertThat(id("select id from care_package where partner_reference = 'ICB-5001'")).isNull();
    }

    @Test
    void tampered_and_expired_tokens_are_refused() throws Exception {
        SignedJWT valid = SignedJWT.parse(partner());
        String[] parts = partner().split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        JWTClaimsSet expiredClaims = new JWTClaimsSet.Builder(valid.getJWTClaimsSet())
                .expirationTime(Date.from(clock.instant().minusSeconds(60))).build();
        SignedJWT expired = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), expiredClaims);
        expired.sign(new MACSigner("demo-only-signing-secret-never-use-in-production-2026"));

        assertThat(status(GET("/api/chc/events").bearerAuth(tampered))).isEqualTo(401);
        assertThat(status(GET("/api/chc/events").bearerAuth(expired.serialize()))).isEqualTo(401);
        assertThat(status(GET("/api/chc/events").bearerAuth(partner()))).isEqualTo(200);
    }

    @Test
    void the_partner_follows_changes_cancels_and_reads_history_and_hours_change_only_before_award() {
        ChcPackage placed = place(UUID.randomUUID().toString(), form("ICB-6001"));
        ChcPackage changed = api().retrieve(PATCH("/api/chc/packages/" + placed.id(), new ChcChangeForm(1200, null)).bearerAuth(partner()),
                ChcPackage.class);
        assertThat(changed.weeklyMinutes()).isEqualTo(1200);

        Offer offer = api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)).stream()
                .filter(o -> o.packageId().equals(placed.id())).findFirst().orElseThrow();
        api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(clock.today().plusDays(12)))), Offer.class);

        ChcPackage awarded = api().retrieve(GET("/api/chc/packages/" + placed.id()).bearerAuth(partner()), ChcPackage.class);
        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(awarded.awardedProvider().name()).contains("Spon End");
        assertThat(api().refusal(PATCH("/api/chc/packages/" + placed.id(), new ChcChangeForm(600, null)).bearerAuth(partner()))
                .getStatus().getCode()).isEqualTo(409);

        ChcPackage cancelled = api().retrieve(POST("/api/chc/packages/" + placed.id() + "/cancel", new ChcCancelForm("Person moved to a nursing home"))
                .bearerAuth(partner()), ChcPackage.class);
        assertThat(cancelled.status()).isEqualTo(PackageStatus.CANCELLED);
        assertThat(cancelled.awardedProvider()).isNull();
        List<HistoryEntry> history = api().retrieve(GET("/api/chc/packages/" + placed.id() + "/history").bearerAuth(partner()),
                Argument.listOf(HistoryEntry.class));
        assertThat(history).extracting(HistoryEntry::action)
                .containsSubsequence("DRAFTED", "PUBLISHED", "ENTERED_PRIMARY", "CHANGED", "AWARDED", "CANCELLED");
        assertThat(history).as("who acted is named by role only").extracting(HistoryEntry::actor).noneMatch(a -> a.contains("@"));
        assertThat(history).filteredOn(h -> h.action().equals("AWARDED")).singleElement()
                .satisfies(h -> assertThat(h.details()).contains("Spon End").doesNotContain("proposedStart"));
    }

    @Test
    void the_event_feed_gives_each_change_once_in_order_after_a_cursor() {
        EventPage before = api().retrieve(GET("/api/chc/events").bearerAuth(partner()), EventPage.class);
        String cursor = before.nextCursor();
        ChcPackage placed = place(UUID.randomUUID().toString(), form("ICB-7001"));

        EventPage page = api().retrieve(GET("/api/chc/events" + (cursor == null ? "" : "?after=" + cursor)).bearerAuth(partner()), EventPage.class);
        List<PartnerEvent> mine = page.events().stream().filter(e -> e.packageId().equals(placed.id())).toList();
        assertThat(mine).extracting(PartnerEvent::type).containsExactly("package.created", "package.status-changed");
        assertThat(mine.getLast().status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(mine.getLast().previousStatus()).isEqualTo(PackageStatus.DRAFT);

        api().retrieve(PATCH("/api/chc/packages/" + placed.id(), new ChcChangeForm(null, clock.today().plusDays(20))).bearerAuth(partner()),
                ChcPackage.class);
        EventPage next = api().retrieve(GET("/api/chc/events?after=" + page.nextCursor()).bearerAuth(partner()), EventPage.class);
        EventPage oneAtATime = api().retrieve(GET("/api/chc/events?limit=1" + (cursor == null ? "" : "&after=" + cursor)).bearerAuth(partner()),
                EventPage.class);

        assertThat(next.events()).extracting(PartnerEvent::type).containsExactly("package.changed");
        assertThat(oneAtATime.events()).hasSize(1);
        assertThat(api().refusal(GET("/api/chc/events?after=not-a-cursor").bearerAuth(partner())).getStatus().getCode()).isEqualTo(400);
    }

    @Test
    void the_commissioner_sees_chc_hours_commissioned_against_the_councils_requirement() {
        api().retrieve(api().as(COMMISSIONER, PUT("/api/chc/requirement", new ChcRequirement(270_000))), ChcRequirement.class);
        ChcSummary before = api().retrieve(api().as(COMMISSIONER, GET("/api/chc/summary")), ChcSummary.class);
        ChcPackage placed = place(UUID.randomUUID().toString(), form("ICB-8001"));
        Offer offer = api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)).stream()
                .filter(o -> o.packageId().equals(placed.id())).findFirst().orElseThrow();
        api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(clock.today().plusDays(12)))), Offer.class);

        ChcSummary after = api().retrieve(api().as(COMMISSIONER, GET("/api/chc/summary")), ChcSummary.class);

        assertThat(after.requiredWeeklyMinutes()).isEqualTo(270_000);
        assertThat(after.commissionedWeeklyMinutes() - before.commissionedWeeklyMinutes()).isEqualTo(900);
        assertThat(after.packagesCommissioned() - before.packagesCommissioned()).isEqualTo(1);
    }

    /** The form with its 900 minutes as a week of visits (an hour each morning and evening, and Monday lunchtime) and these needs. */
    static ChcPackageForm withWeek(ChcPackageForm form, List<MatchingNeed> needs) {
        List<ScheduledVisit> week = new java.util.ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            week.add(new ScheduledVisit(day, TimeOfDay.MORNING, 60, true));
            week.add(new ScheduledVisit(day, TimeOfDay.EVENING, 60, true));
        }
        week.add(new ScheduledVisit(java.time.DayOfWeek.MONDAY, TimeOfDay.LUNCHTIME, 60, true));
        return new ChcPackageForm(form.councilId(), form.zoneId(), form.lotId(), form.weeklyMinutes(), form.visitPattern(),
                form.startDate(), form.clinicalNeedsSummary(), form.person(), form.partnerReference(), null, week,
                new java.util.LinkedHashSet<>(needs));
    }

    static ChcPackageForm withPerson(ChcPackageForm form, PersonDetails person) {
        return new ChcPackageForm(form.councilId(), form.zoneId(), form.lotId(), form.weeklyMinutes(), form.visitPattern(), form.startDate(),
                form.clinicalNeedsSummary(), person, form.partnerReference());
    }

    int status(MutableHttpRequest<?> request) {
        try {
            return api().exchange(request, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
