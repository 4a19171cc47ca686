package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.generated.client.ApiClient;
import uk.homecare.portal.generated.client.ApiException;
import uk.homecare.portal.generated.client.api.BrokerageCommissionersApi;
import uk.homecare.portal.generated.client.api.BrokerageProvidersApi;
import uk.homecare.portal.generated.client.api.ChcCouncilsApi;
import uk.homecare.portal.generated.client.api.ChcNhsPartnerSystemsApi;
import uk.homecare.portal.generated.client.api.ReferenceDataApi;
import uk.homecare.portal.generated.client.api.SignInApi;
import uk.homecare.portal.generated.client.model.AcceptOffer;
import uk.homecare.portal.generated.client.model.AccessToken;
import uk.homecare.portal.generated.client.model.CarePackage;
import uk.homecare.portal.generated.client.model.ChcCancelForm;
import uk.homecare.portal.generated.client.model.ChcChangeForm;
import uk.homecare.portal.generated.client.model.ChcPackage;
import uk.homecare.portal.generated.client.model.ChcPackageForm;
import uk.homecare.portal.generated.client.model.Credentials;
import uk.homecare.portal.generated.client.model.EventPage;
import uk.homecare.portal.generated.client.model.Framework;
import uk.homecare.portal.generated.client.model.Funding;
import uk.homecare.portal.generated.client.model.HistoryEntry;
import uk.homecare.portal.generated.client.model.Lot;
import uk.homecare.portal.generated.client.model.Me;
import uk.homecare.portal.generated.client.model.Offer;
import uk.homecare.portal.generated.client.model.OfferResponse;
import uk.homecare.portal.generated.client.model.OfferStage;
import uk.homecare.portal.generated.client.model.PartnerEvent;
import uk.homecare.portal.generated.client.model.PostcodeDistrictZone;
import uk.homecare.portal.generated.client.model.PackageForm;
import uk.homecare.portal.generated.client.model.PackageStatus;
import uk.homecare.portal.generated.client.model.PersonDetails;
import uk.homecare.portal.generated.client.model.Problem;
import uk.homecare.portal.generated.client.model.ProblemFieldError;
import uk.homecare.portal.generated.client.model.TimeOfDay;
import uk.homecare.portal.generated.client.model.VisitPattern;
import uk.homecare.portal.generated.client.model.Zone;
import uk.homecare.portal.testing.PortalTest;

/**
 * Drives the portal over real HTTP with nothing but the Java client that openapi-generator makes from
 * the published {@code openapi/homecare-portal.yml}, as an outside system would: no shared records, no
 * test helpers, no database. If the spec and the running API disagree (a path, a field, a status, a
 * problem body), this fails.
 *
 * <p>It covers the NHS partner's Continuing Healthcare flow end to end, the brokerage flow a council and a
 * provider run, and how refusals arrive (problem+json, 401, 403).
 */
@MicronautTest(transactional = false)
class PartnerFlowThroughGeneratedClientTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String PROVIDER = "provider@coventry.demo";
    static final String PASSWORD = "demo-password-2026";
    static final String PARTNER_CLIENT = "coventry-icb-demo";
    static final String PARTNER_SECRET = "demo-client-secret-2026";

    @Inject
    EmbeddedServer server;

    @Test
    void a_partner_system_gets_a_short_lived_token_with_the_client_credentials_grant_and_is_known_by_it() throws ApiException {
        AccessToken token = new SignInApi(anonymous()).token("client_credentials", PARTNER_CLIENT, PARTNER_SECRET, null, null);

        assertThat(token.getTokenType()).isEqualTo("Bearer");
        assertThat(token.getExpiresIn()).isPositive().isLessThanOrEqualTo(15 * 60);
        assertThat(token.getRoles()).containsExactly("NHS_PARTNER");
        Me me = new SignInApi(partner()).me();
        assertThat(me.getUsername()).isEqualTo(PARTNER_CLIENT);
        assertThat(me.getCouncils()).isNotEmpty();
    }

    @Test
    void a_wrong_client_secret_is_refused_with_a_problem_the_client_can_read() {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new SignInApi(anonymous()).token("client_credentials", PARTNER_CLIENT, "not-the-secret", null, null));

        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(problemOf(refused).getType()).hasToString("urn:homecare-portal:problem:unauthorized");
    }

    @Test
    void an_nhs_partner_places_a_chc_package_idempotently_follows_it_changes_it_reads_the_events_and_cancels_it() throws ApiException {
        councilMapsCv1ToCentral();
        ApiClient partner = partner();
        var chc = new ChcNhsPartnerSystemsApi(partner);
        UUID council = new SignInApi(partner).me().getCouncils().getFirst().getId();
        String cursor = chc.listChcEvents(null, null).getNextCursor();
        String key = UUID.randomUUID().toString();
        ChcPackageForm form = new ChcPackageForm()
                .councilId(council)
                .weeklyMinutes(900)
                .visitPattern(new VisitPattern().visitsPerDay(3).visitMinutes(60)
                        .timesOfDay(List.of(TimeOfDay.MORNING, TimeOfDay.LUNCHTIME, TimeOfDay.EVENING)).outOfHours(true).doubleHanded(true))
                .startDate(clock.today().plusDays(10))
                .clinicalNeedsSummary("PEG feeding and tracheostomy care; hoist transfers.")
                .person(new PersonDetails().givenName("Olive").familyName("Brandreth").dateOfBirth(LocalDate.of(1947, 3, 9))
                        .nhsNumber("9434765927").addressLine("18 Kenilworth Road").postcode("CV1 3BH"))
                .partnerReference("ICB-GEN-0001");

        var first = chc.placeChcPackageWithHttpInfo(form, key);
        var retry = chc.placeChcPackageWithHttpInfo(form, key);

        assertThat(first.getStatusCode()).isEqualTo(201);
        ChcPackage placed = first.getData();
        assertThat(retry.getData().getId()).as("a retry with the same key is the same package").isEqualTo(placed.getId());
        assertThat(retry.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(placed.getZone().getName()).as("the zone comes from the postcode district").isNotBlank();

        ChcPackage shown = chc.showChcPackage(placed.getId());
        assertThat(shown.getStatus()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(shown.getPartnerReference()).isEqualTo("ICB-GEN-0001");
        ChcPackage changed = chc.changeChcPackage(placed.getId(), new ChcChangeForm().weeklyMinutes(1200));
        assertThat(changed.getWeeklyMinutes()).isEqualTo(1200);

        EventPage page = chc.listChcEvents(cursor, null);
        assertThat(page.getEvents()).filteredOn(e -> e.getPackageId().equals(placed.getId())).extracting(PartnerEvent::getType)
                .containsExactly("package.created", "package.status-changed", "package.changed");

        ChcPackage cancelled = chc.cancelChcPackage(placed.getId(), new ChcCancelForm().reason("The person moved to a nursing home."));
        assertThat(cancelled.getStatus()).isEqualTo(PackageStatus.CANCELLED);
        EventPage next = chc.listChcEvents(page.getNextCursor(), null);
        assertThat(next.getEvents()).filteredOn(e -> e.getPackageId().equals(placed.getId()))
                .extracting(PartnerEvent::getStatus).contains(PackageStatus.CANCELLED);
        assertThat(chc.chcPackageHistory(placed.getId())).extracting(HistoryEntry::getAction)
                .containsSubsequence("DRAFTED", "PUBLISHED", "ENTERED_PRIMARY", "CHANGED", "CANCELLED");
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused_with_422() throws ApiException {
        councilMapsCv1ToCentral();
        var chc = new ChcNhsPartnerSystemsApi(partner());
        UUID council = new SignInApi(partner()).me().getCouncils().getFirst().getId();
        String key = UUID.randomUUID().toString();
        ChcPackageForm form = new ChcPackageForm().councilId(council).weeklyMinutes(600)
                .visitPattern(new VisitPattern().visitsPerDay(2).visitMinutes(45)
                        .timesOfDay(List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME)).outOfHours(false).doubleHanded(false))
                .startDate(clock.today().plusDays(10)).clinicalNeedsSummary("Stoma care.")
                .person(new PersonDetails().givenName("Ada").familyName("Quennell").dateOfBirth(LocalDate.of(1938, 5, 17))
                        .nhsNumber("9434765919").addressLine("7 Lavender Row").postcode("CV1 3BH"))
                .partnerReference("ICB-GEN-0002");
        chc.placeChcPackage(form, key);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> chc.placeChcPackage(form.weeklyMinutes(700), key));

        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(problemOf(refused).getStatus()).isEqualTo(422);
    }

    @Test
    void a_council_publishes_a_package_a_provider_accepts_it_and_the_council_sees_it_awarded_with_its_history() throws ApiException {
        ApiClient commissioner = signedIn(COMMISSIONER);
        ApiClient provider = signedIn(PROVIDER);
        var packages = new BrokerageCommissionersApi(commissioner);

        Zone central = new ReferenceDataApi(commissioner).listZones().stream()
                .filter(z -> "CENTRAL".equals(z.getCode())).findFirst().orElseThrow();
        UUID lot = lotOfZone(commissioner, central.getId());
        CarePackage draft = packages.draftPackage(packageForm(central.getId(), lot), UUID.randomUUID().toString());
        assertThat(draft.getStatus()).isEqualTo(PackageStatus.DRAFT);
        CarePackage published = packages.publishPackage(draft.getId());
        assertThat(published.getStatus()).isEqualTo(PackageStatus.PRIMARY);

        var offers = new BrokerageProvidersApi(provider);
        Offer offer = offers.listOffers(null, null, OfferStage.PRIMARY).stream()
                .filter(o -> o.getPackageId().equals(published.getId())).findFirst().orElseThrow();
        assertThat(offer.getPostcodeDistrict()).isEqualTo("CV5");
        Offer accepted = offers.acceptOffer(offer.getId(), new AcceptOffer().proposedStart(clock.today().plusDays(10)));
        assertThat(accepted.getResponse()).as("accepting in the PRIMARY stage wins the package at once").isEqualTo(OfferResponse.WON);

        CarePackage awarded = packages.showPackage(published.getId());
        assertThat(awarded.getStatus()).isEqualTo(PackageStatus.AWARDED);
        assertThat(awarded.getAwardedProvider()).isNotNull();
        assertThat(packages.packageHistory(published.getId())).extracting(HistoryEntry::getAction)
                .startsWith("DRAFTED", "PUBLISHED", "ENTERED_PRIMARY").contains("AWARDED");
        assertThat(offers.listCarePackages()).extracting(CarePackage::getId).contains(published.getId());
    }

    @Test
    void invalid_input_comes_back_as_a_problem_naming_each_field_at_fault() throws ApiException {
        ApiClient commissioner = signedIn(COMMISSIONER);
        Zone central = new ReferenceDataApi(commissioner).listZones().stream()
                .filter(z -> "CENTRAL".equals(z.getCode())).findFirst().orElseThrow();
        PackageForm form = packageForm(central.getId(), lotOfZone(commissioner, central.getId()));
        form.getVisitPattern().visitMinutes(15);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new BrokerageCommissionersApi(commissioner).draftPackage(form, null));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = problemOf(refused);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).extracting(ProblemFieldError::getField).containsExactly("visitPattern.visitMinutes");
    }

    @Test
    void without_a_token_the_api_answers_401_and_a_provider_may_not_use_the_commissioners_board() throws ApiException {
        ApiException anonymous = catchThrowableOfType(ApiException.class, () -> new SignInApi(anonymous()).me());
        assertThat(anonymous.getCode()).isEqualTo(401);
        assertThat(anonymous.getResponseHeaders().firstValue("WWW-Authenticate")).hasValue("Bearer");

        ApiException forbidden = catchThrowableOfType(ApiException.class,
                () -> new BrokerageCommissionersApi(signedIn(PROVIDER)).listPackages(null));
        assertThat(forbidden.getCode()).isEqualTo(403);
        assertThat(problemOf(forbidden).getType()).hasToString("urn:homecare-portal:problem:forbidden");
    }

    // --- the outside system's own plumbing: a base address, a bearer token, and reading problems ---

    ApiClient anonymous() {
        ApiClient client = new ApiClient();
        // What the generated client receives is checked against the spec too, as PortalTest's client's is.
        client.setHttpClientBuilder(SpecCheckedHttpClient.builder(specViolations));
        client.updateBaseUri(server.getURL().toString());
        return client;
    }

    ApiClient bearer(String accessToken) {
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
    }

    ApiClient signedIn(String username) throws ApiException {
        AccessToken token = new SignInApi(anonymous()).login(new Credentials().username(username).password(PASSWORD));
        return bearer(token.getAccessToken());
    }

    ApiClient partner() throws ApiException {
        return bearer(new SignInApi(anonymous()).token("client_credentials", PARTNER_CLIENT, PARTNER_SECRET, null, null).getAccessToken());
    }

    /** The council's side of CHC: its postcode-district map sends CV1 to its Central zone. */
    void councilMapsCv1ToCentral() throws ApiException {
        ApiClient commissioner = signedIn(COMMISSIONER);
        Zone central = new ReferenceDataApi(commissioner).listZones().stream()
                .filter(z -> "CENTRAL".equals(z.getCode())).findFirst().orElseThrow();
        var settings = new ChcCouncilsApi(commissioner);
        List<PostcodeDistrictZone> map = new java.util.ArrayList<>(settings.listPostcodeDistricts());
        map.removeIf(entry -> "CV1".equals(entry.getDistrict()));
        map.add(new PostcodeDistrictZone().district("CV1").zoneId(central.getId()));
        settings.changePostcodeDistricts(map);
    }

    static Problem problemOf(ApiException refused) {
        try {
            return new ObjectMapper().findAndRegisterModules().readValue(refused.getResponseBody(), Problem.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a problem body: " + refused.getResponseBody(), e);
        }
    }

    static UUID lotOfZone(ApiClient commissioner, UUID zone) throws ApiException {
        var reference = new ReferenceDataApi(commissioner);
        for (Framework framework : reference.listFrameworks()) {
            for (Lot lot : reference.listLots(framework.getId())) {
                if (zone.equals(lot.getZoneId())) {
                    return lot.getId();
                }
            }
        }
        throw new AssertionError("no lot covers zone " + zone);
    }

    PackageForm packageForm(UUID zone, UUID lot) {
        return new PackageForm()
                .zoneId(zone)
                .lotId(lot)
                .funding(Funding.COUNCIL)
                .weeklyMinutes(600)
                .visitPattern(new VisitPattern().visitsPerDay(2).visitMinutes(45)
                        .timesOfDay(List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME)).outOfHours(false).doubleHanded(false))
                .startDate(clock.today().plusDays(7))
                .needsSummary("Help with washing, dressing and meals after a hip replacement.")
                .person(new PersonDetails().givenName("Ada").familyName("Quennell").dateOfBirth(LocalDate.of(1938, 5, 17))
                        .nhsNumber("9434765919").addressLine("7 Lavender Row, Earlsdon").postcode("CV5 6AB"));
    }
}
