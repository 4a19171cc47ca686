package uk.homecare.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.SignInOperations;
import uk.homecare.portal.platform.openapi.SignInProblems;
import uk.homecare.portal.platform.problem.PortalProblem;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Sign-in")
class SignInController implements SignInOperations {

    private final SignIn signIn;
    private final ClientAssertions assertions;
    private final HttpClientAddressResolver addresses;

    SignInController(SignIn signIn, ClientAssertions assertions, HttpClientAddressResolver addresses) {
        this.signIn = signIn;
        this.assertions = assertions;
        this.addresses = addresses;
    }

    /** The caller's address (behind a proxy, as micronaut.server.client-address-header says), which sign-in throttles by. */
    private String callerAddress() {
        return ServerRequestContext.currentRequest().map(addresses::resolve).filter(a -> !a.isBlank()).orElse("unknown");
    }

    @Operation(security = {}, summary = "Sign a person in",
            description = "Returns a bearer token. Attempts are counted by the name tried (whether or not it has an account), "
                    + "from the caller's address and from anywhere, and by address: past a few failures the name is locked "
                    + "for a minute, doubling with each further failure (429 with Retry-After); a password reset unlocks it.")
    @SignInProblems
    @Override
    public AccessToken login(@Valid Credentials credentials) {
        return signIn.withPassword(credentials, callerAddress());
    }

    @Operation(security = {}, summary = "Issue a token to a partner system (OAuth2 client credentials grant)",
            description = """
                    Authenticate with client_id and client_secret, or (better) with private_key_jwt: \
                    client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer and a client_assertion \
                    JWT signed (RS256 or ES256) by the key registered at PUT /api/partner/public-key, with iss and sub \
                    the client id, aud the portal's token URL, exp within 5 minutes and a jti used once.""")
    @Post("/oauth/token")
    @SignInProblems
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    AccessToken token(@Schema(allowableValues = "client_credentials") @Nullable String grant_type,
            @Schema(example = "coventry-icb-demo") @Size(max = 100) @Nullable String client_id,
            @Schema(format = "password", example = "demo-client-secret-2026") @Size(max = 200) @Nullable String client_secret,
            @Schema(allowableValues = ClientAssertions.TYPE) @Nullable String client_assertion_type,
            @Schema(description = "A signed JWT (private_key_jwt)") @Size(max = 8192) @Nullable String client_assertion) {
        if (!"client_credentials".equals(grant_type)) {
            throw PortalProblem.invalid("grant_type", "Only the client_credentials grant is supported.");
        }
        if (client_assertion != null || client_assertion_type != null) {
            if (!ClientAssertions.TYPE.equals(client_assertion_type) || client_assertion == null) {
                throw PortalProblem.invalid("client_assertion_type", "must be " + ClientAssertions.TYPE + " with a client_assertion");
            }
            return signIn.withClient(assertions.verify(client_id, client_assertion));
        }
        if (client_id == null || client_secret == null) {
            throw PortalProblem.invalid(client_id == null ? "client_id" : "client_secret", "must not be blank");
        }
        return signIn.withClientCredentials(client_id, client_secret, callerAddress());
    }
}
