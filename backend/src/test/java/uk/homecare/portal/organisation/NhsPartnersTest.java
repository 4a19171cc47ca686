package uk.homecare.portal.organisation;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.chc.EventPage;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.organisation.ClientRegistrationForm;
import uk.homecare.portal.api.organisation.IssuedSecret;
import uk.homecare.portal.api.organisation.NhsPartner;
import uk.homecare.portal.api.organisation.NhsPartnerForm;
import uk.homecare.portal.api.organisation.NhsPartners;
import uk.homecare.portal.api.organisation.PartnerAction;
import uk.homecare.portal.api.organisation.PartnerClient;
import uk.homecare.portal.api.organisation.PublicKeyForm;
import uk.homecare.portal.api.organisation.SecretRotationForm;
import uk.homecare.portal.api.organisation.ServedCouncilsForm;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class NhsPartnersTest extends PortalTest {

    static final String PLATFORM = "platform@homecare.demo";

    static final PersonDetails PATIENT = new PersonDetails("Olive", "Brandreth", LocalDate.of(1947, 3, 9), "9434765919",
            "18 Kenilworth Road", "CV5 6AB");

    private static int next = 10;

    private static synchronized String odsCode() {
        return "T" + (next++) + "Q";
    }

    NhsPartner registerPartner(String... councilCodes) {
        List<UUID> councils = java.util.Arrays.stream(councilCodes).map(code -> id("select id from council where code = ?", code)).toList();
        return api().retrieve(api().as(PLATFORM, POST("/api/nhs-partners", new NhsPartnerForm("Test ICB", odsCode(), councils))), NhsPartner.class);
    }

    IssuedSecret registerClient(NhsPartner partner, String clientId) {
        return api().retrieve(api().as(PLATFORM, POST("/api/nhs-partners/" + partner.id() + "/clients", new ClientRegistrationForm(clientId))),
                IssuedSecret.class);
    }

    IssuedSecret rotate(UUID client, int overlapHours) {
        return api().retrieve(api().as(PLATFORM, POST("/api/api-clients/" + client + "/secret", new SecretRotationForm(overlapHours))),
                IssuedSecret.class);
    }

    int tokenStatus(String clientId, String secret) {
        try {
            api().retrieve(HttpRequest.POST("/oauth/token", Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class);
            return 200;
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    String token(String clientId, String secret) {
        return api().retrieve(HttpRequest.POST("/oauth/token", Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class).accessToken();
    }

    @Test
    void a_clients_secret_is_shown_once_works_at_once_and_is_kept_only_as_a_hash() {
        NhsPartner partner = registerPartner("coventry");
        assertThat(partner.councils()).extracting(NamedRef::name).containsExactly("Coventry City Council");
        assertThat(partner.actions()).containsExactly(PartnerAction.REGISTER_CLIENT, PartnerAction.CHOOSE_COUNCILS);

        IssuedSecret issued = registerClient(partner, "test-icb-live");

        assertThat(issued.clientSecret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(issued.client().clientId()).isEqualTo("test-icb-live");
        assertThat(issued.client().actions()).containsExactly(PartnerAction.ROTATE_SECRET, PartnerAction.UPLOAD_PUBLIC_KEY, PartnerAction.DISABLE);
        assertThat(tokenStatus("test-icb-live", issued.clientSecret())).isEqualTo(200);
        String listed = api().retrieve(api().as(PLATFORM, GET("/api/nhs-partners")), String.class);
        assertThat(listed).contains("test-icb-live").doesNotContain(issued.clientSecret());
        assertThat(number("select count(*) from api_client where client_id = 'test-icb-live' and secret_hash like '$argon2%'")).isEqualTo(1);
        assertThat(number("select count(*) from audit_event where action = 'API_CLIENT_REGISTERED' and entity_id = ? and council_id is null",
                issued.client().id())).isEqualTo(1);
    }

    @Test
    void a_client_id_may_be_made_up_from_the_ods_code_and_a_taken_one_is_refused_naming_the_field() {
        NhsPartner partner = registerPartner();
        IssuedSecret made = registerClient(partner, null);
        assertThat(made.client().clientId()).startsWith(partner.odsCode().toLowerCase() + "-");

        HttpClientResponseException refused = api().refusal(api().as(PLATFORM,
                POST("/api/nhs-partners/" + partner.id() + "/clients", new ClientRegistrationForm(Api.PARTNER_CLIENT))));
        assertThat(Api.problemOf(refused).errors()).extracting(FieldError::field).containsExactly("clientId");
    }

    @Test
    void a_bad_ods_code_or_unknown_council_is_refused_naming_the_field_and_nothing_is_written() {
        int organisations = number("select count(*) from organisation");
        int audits = number("select count(*) from audit_event");

        HttpClientResponseException badOds = api().refusal(api().as(PLATFORM, POST("/api/nhs-partners", new NhsPartnerForm("X", "b2m 3m", List.of()))));
        HttpClientResponseException taken = api().refusal(api().as(PLATFORM, POST("/api/nhs-partners", new NhsPartnerForm("X", "B2M3M", List.of()))));
        HttpClientResponseException noCouncil = api().refusal(api().as(PLATFORM,
                POST("/api/nhs-partners", new NhsPartnerForm("X", odsCode(), List.of(UUID.randomUUID())))));

        assertThat(Api.problemOf(badOds).errors()).extracting(FieldError::field).containsExactly("odsCode");
        assertThat(Api.problemOf(taken).errors()).extracting(FieldError::field).containsExactly("odsCode");
        assertThat(Api.problemOf(noCouncil).errors()).extracting(FieldError::field).containsExactly("councilIds");
        assertThat(number("select count(*) from organisation")).isEqualTo(organisations);
        assertThat(number("select count(*) from audit_event")).isEqualTo(audits);
    }

    @Test
    void after_a_rotation_the_new_secret_works_at_once_and_the_old_one_only_until_the_overlap_ends() {
        IssuedSecret first = registerClient(registerPartner("coventry"), "rotating-icb");

        IssuedSecret second = rotate(first.client().id(), 2);

        assertThat(second.client().previousSecretWorksUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        assertThat(tokenStatus("rotating-icb", second.clientSecret())).isEqualTo(200);
        assertThat(tokenStatus("rotating-icb", first.clientSecret())).isEqualTo(200);
        clock.advance(Duration.ofHours(2).minusMinutes(1));
        assertThat(tokenStatus("rotating-icb", first.clientSecret())).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokenStatus("rotating-icb", first.clientSecret())).isEqualTo(401);
        assertThat(tokenStatus("rotating-icb", second.clientSecret())).isEqualTo(200);

        IssuedSecret third = rotate(first.client().id(), 0);
        assertThat(tokenStatus("rotating-icb", second.clientSecret())).isEqualTo(401);
        assertThat(tokenStatus("rotating-icb", third.clientSecret())).isEqualTo(200);
    }

    @Test
    void two_rotations_at_once_leave_exactly_one_current_secret() throws Exception {
        IssuedSecret first = registerClient(registerPartner("coventry"), "racing-icb");
        String platformToken = api().tokenFor(PLATFORM);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<IssuedSecret>> rotations = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return api().retrieve(POST("/api/api-clients/" + first.client().id() + "/secret", new SecretRotationForm(1)).bearerAuth(platformToken),
                    IssuedSecret.class);
        })).toList();
        List<String> secrets = rotations.stream().map(CompletableFuture::join).map(IssuedSecret::clientSecret).toList();

        assertThat(secrets).doesNotHaveDuplicates();
        clock.advance(Duration.ofHours(1));
        assertThat(secrets.stream().filter(secret -> tokenStatus("racing-icb", secret) == 200)).hasSize(1);
        assertThat(tokenStatus("racing-icb", first.clientSecret())).isEqualTo(401);
        assertThat(number("select count(*) from api_client_previous_secret p join api_client c on c.id = p.api_client_id where c.client_id = 'racing-icb'"))
                .isEqualTo(2);
    }

    @Test
    void a_disabled_client_gets_no_token_until_enabled_again() {
        IssuedSecret issued = registerClient(registerPartner("coventry"), "disabled-icb");

        PartnerClient disabled = api().retrieve(api().as(PLATFORM, POST("/api/api-clients/" + issued.client().id() + "/disable", "")), PartnerClient.class);

        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.actions()).containsExactly(PartnerAction.ENABLE);
        assertThat(tokenStatus("disabled-icb", issued.clientSecret())).isEqualTo(401);
        assertThat(api().refusal(api().as(PLATFORM, POST("/api/api-clients/" + issued.client().id() + "/secret", new SecretRotationForm(1))))
                .getStatus().getCode()).isEqualTo(409);
        api().retrieve(api().as(PLATFORM, POST("/api/api-clients/" + issued.client().id() + "/enable", "")), PartnerClient.class);
        assertThat(tokenStatus("disabled-icb", issued.clientSecret())).isEqualTo(200);
    }

    @Test
    void a_public_key_is_taken_as_pem_and_a_weak_one_is_refused_naming_the_field() throws NoSuchAlgorithmException {
        IssuedSecret issued = registerClient(registerPartner(), "keyed-icb");
        String path = "/api/api-clients/" + issued.client().id() + "/public-key";

        PartnerClient keyed = api().retrieve(api().as(PLATFORM, PUT(path, new PublicKeyForm(null, pem(2048)))), PartnerClient.class);

        assertThat(keyed.hasPublicKey()).isTrue();
        assertThat(number("select count(*) from api_client where id = ? and public_jwk like '%\"kty\":\"RSA\"%'", issued.client().id())).isEqualTo(1);
        HttpClientResponseException weak = api().refusal(api().as(PLATFORM, PUT(path, new PublicKeyForm(null, pem(1024)))));
        assertThat(Api.problemOf(weak).errors()).extracting(FieldError::field).containsExactly("pem");
        HttpClientResponseException neither = api().refusal(api().as(PLATFORM, PUT(path, new PublicKeyForm(null, null))));
        assertThat(Api.problemOf(neither).errors()).extracting(FieldError::field).containsExactly("jwk");
    }

    @Test
    void a_key_uploaded_as_a_jwks_lets_the_client_sign_in_with_a_signed_assertion() throws Exception {
        IssuedSecret issued = registerClient(registerPartner("coventry"), "signing-icb");
        RSAKey key = new RSAKeyGenerator(2048).keyID("signing-2026").generate();

        api().retrieve(api().as(PLATFORM, PUT("/api/api-clients/" + issued.client().id() + "/public-key",
                new PublicKeyForm(Map.of("keys", List.of(key.toPublicJWK().toJSONObject())), null))), PartnerClient.class);

        var claims = new JWTClaimsSet.Builder().issuer("signing-icb").subject("signing-icb").audience("https://homecare-portal.test/oauth/token")
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plusSeconds(120))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        AccessToken token = api().retrieve(HttpRequest.POST("/oauth/token", Map.of("grant_type", "client_credentials",
                        "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", jwt.serialize()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class);
        assertThat(token.username()).isEqualTo("signing-icb");
        assertThat(number("select count(*) from audit_event where action = 'API_CLIENT_KEY_UPLOADED' and entity_id = ? and council_id is null",
                issued.client().id())).isEqualTo(1);
    }

    @Test
    void a_partner_no_longer_serving_a_council_sees_none_of_its_packages_from_its_next_token() {
        UUID coventry = id("select id from council where code = 'coventry'");
        UUID bradford = id("select id from council where code = 'bradford'");
        UUID demoPartner = id("select organisation_id from api_client where client_id = ?", Api.PARTNER_CLIENT);
        String before = api().newPartnerToken();
        ChcPackage placed = place(before, coventry);

        NhsPartner changed = api().retrieve(api().as(PLATFORM, PUT("/api/nhs-partners/" + demoPartner + "/councils",
                new ServedCouncilsForm(List.of(bradford)))), NhsPartner.class);

        assertThat(changed.councils()).extracting(NamedRef::id).containsExactly(bradford);
        String after = api().newPartnerToken();
        assertThat(api().retrieve(GET("/api/chc/events").bearerAuth(after), EventPage.class).events()).isEmpty();
        assertThat(api().refusal(GET("/api/chc/packages/" + placed.id()).bearerAuth(after)).getStatus().getCode()).isEqualTo(404);
        assertThat(api().refusal(POST("/api/chc/packages", form(coventry)).bearerAuth(after)
                .header("Idempotency-Key", UUID.randomUUID().toString())).getStatus().getCode()).isIn(400, 403, 404);

        // Serving Coventry again, it sees them again.
        api().retrieve(api().as(PLATFORM, PUT("/api/nhs-partners/" + demoPartner + "/councils", new ServedCouncilsForm(List.of(coventry, bradford)))),
                NhsPartner.class);
        assertThat(api().retrieve(GET("/api/chc/packages/" + placed.id()).bearerAuth(api().newPartnerToken()), String.class)).contains(placed.id().toString());
        assertThat(api().retrieve(api().as(PLATFORM, GET("/api/nhs-partners")), NhsPartners.class).partners())
                .filteredOn(p -> p.id().equals(demoPartner)).singleElement()
                .satisfies(p -> assertThat(p.councils()).extracting(NamedRef::id).containsExactlyInAnyOrder(coventry, bradford));
    }

    private ChcPackage place(String token, UUID council) {
        return api().retrieve(POST("/api/chc/packages", form(council)).bearerAuth(token).header("Idempotency-Key", UUID.randomUUID().toString()),
                ChcPackage.class);
    }

    private ChcPackageForm form(UUID council) {
        UUID central = id("select id from zone where council_id = ? and code = 'CENTRAL'", council);
        return new ChcPackageForm(council, central, null, 600, new VisitPattern(2, 45, List.of(TimeOfDay.MORNING), false, false),
                clock.today().plusDays(10), "Continuing healthcare.", PATIENT, "ICB-9101");
    }

    private static String pem(int bits) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
