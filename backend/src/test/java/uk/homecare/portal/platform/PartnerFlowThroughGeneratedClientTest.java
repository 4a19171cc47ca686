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
import uk.homecare.portal.generated.client.api.ReferenceDataApi;
import uk.homecare.portal.generated.client.api.SignInApi;
import uk.homecare.portal.generated.client.model.AcceptOffer;
import uk.homecare.portal.generated.client.model.AccessToken;
import uk.homecare.portal.generated.client.model.CarePackage;
import uk.homecare.portal.generated.client.model.Credentials;
import uk.homecare.portal.generated.client.model.Framework;
import uk.homecare.portal.generated.client.model.Funding;
import uk.homecare.portal.generated.client.model.HistoryEntry;
import uk.homecare.portal.generated.client.model.Lot;
import uk.homecare.portal.generated.client.model.Me;
import uk.homecare.portal.generated.client.model.Offer;
import uk.homecare.portal.generated.client.model.OfferResponse;
import uk.homecare.portal.generated.client.model.OfferStage;
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
 * <p>Today it covers the partner's token and the brokerage flow a council and a provider run through the
 * API. The NHS partner's Continuing Healthcare flow goes here as {@code partner(...)} calls once those
 * operations are in the published spec.
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
        AccessToken token = new SignInApi(anonymous()).token("client_credentials", PARTNER_CLIENT, PARTNER_SECRET);

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
                () -> new SignInApi(anonymous()).token("client_credentials", PARTNER_CLIENT, "not-the-secret"));

        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(problemOf(refused).getType()).hasToString("urn:homecare-portal:problem:unauthorized");
    }

    @Test
    void a_council_publishes_a_package_a_provider_accepts_it_and_the_council_sees_it_awarded_with_its_history() throws ApiException {
        ApiClient commissioner = signedIn(COMMISSIONER);
        ApiClient provider = signedIn(PROVIDER);
        var packages = new BrokerageCommissionersApi(commissioner);

        Zone central = new ReferenceDataApi(commissioner).listZones().stream()
                .filter(z -> "CENTRAL".equals(z.getCode())).findFirst().orElseThrow();
        UUID lot = lotOfZone(commissioner, central.getId());
        CarePackage draft = packages.draftPackage(packageForm(central.getId(), lot));
        assertThat(draft.getStatus()).isEqualTo(PackageStatus.DRAFT);
        CarePackage published = packages.publishPackage(draft.getId());
        assertThat(published.getStatus()).isEqualTo(PackageStatus.PRIMARY);

        var offers = new BrokerageProvidersApi(provider);
        Offer offer = offers.listOffers(null, null, OfferStage.PRIMARY).stream()
                .filter(o -> o.getPackageId().equals(published.getId())).findFirst().orElseThrow();
        assertThat(offer.getPostcodeDistrict()).isEqualTo("CV5");
        Offer accepted = offers.acceptOffer(offer.getId(), new AcceptOffer().proposedStart(LocalDate.now().plusDays(10)));
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
                () -> new BrokerageCommissionersApi(commissioner).draftPackage(form));

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
        return bearer(new SignInApi(anonymous()).token("client_credentials", PARTNER_CLIENT, PARTNER_SECRET).getAccessToken());
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

    static PackageForm packageForm(UUID zone, UUID lot) {
        return new PackageForm()
                .zoneId(zone)
                .lotId(lot)
                .funding(Funding.COUNCIL)
                .weeklyMinutes(600)
                .visitPattern(new VisitPattern().visitsPerDay(2).visitMinutes(45)
                        .timesOfDay(List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME)).outOfHours(false).doubleHanded(false))
                .startDate(LocalDate.now().plusDays(7))
                .needsSummary("Help with washing, dressing and meals after a hip replacement.")
                .person(new PersonDetails().givenName("Ada").familyName("Quennell").dateOfBirth(LocalDate.of(1938, 5, 17))
                        .nhsNumber("9434765919").addressLine("7 Lavender Row, Earlsdon").postcode("CV5 6AB"));
    }
}
