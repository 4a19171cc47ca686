package uk.homecare.portal.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import uk.homecare.portal.api.identity.PartnerKeyOperations;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Sign-in")
@Secured("NHS_PARTNER")
class PartnerKeyController implements PartnerKeyOperations<Actor> {

    private final ClientAssertions assertions;

    PartnerKeyController(ClientAssertions assertions) {
        this.assertions = assertions;
    }

    @Operation(summary = "Register the public key (a JWK: RSA of 2048 bits or more, or EC) your client assertions are signed with")
    @Status(HttpStatus.NO_CONTENT)
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public void registerPartnerKey(@Parameter(hidden = true) Actor actor, @Body Map<String, Object> jwk) {
        assertions.register(actor, jwk);
    }
}
