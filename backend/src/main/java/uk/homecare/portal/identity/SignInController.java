package uk.homecare.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.platform.openapi.SignInProblems;
import uk.homecare.portal.platform.problem.PortalProblem;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Sign-in")
@SecurityRequirements
class SignInController {

    private final SignIn signIn;

    SignInController(SignIn signIn) {
        this.signIn = signIn;
    }

    @Operation(summary = "Sign a person in",
            description = "Returns a bearer token. After repeated failures the account is locked for a while (429).")
    @Post("/login")
    @SignInProblems
    AccessToken login(@Body @Valid Credentials credentials) {
        return signIn.withPassword(credentials);
    }

    @Operation(summary = "Issue a token to a partner system (OAuth2 client credentials grant)")
    @Post("/oauth/token")
    @SignInProblems
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    AccessToken token(@Schema(allowableValues = "client_credentials") @Nullable String grant_type,
            @Schema(example = "coventry-icb-demo") @Size(max = 100) @Nullable String client_id,
            @Schema(format = "password", example = "demo-client-secret-2026") @Size(max = 200) @Nullable String client_secret) {
        if (!"client_credentials".equals(grant_type)) {
            throw PortalProblem.invalid("grant_type", "Only the client_credentials grant is supported.");
        }
        if (client_id == null || client_secret == null) {
            throw PortalProblem.invalid(client_id == null ? "client_id" : "client_secret", "must not be blank");
        }
        return signIn.withClientCredentials(client_id, client_secret);
    }
}
