package uk.homecare.portal.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller("/api/partner/public-key")
@Tag(name = "Sign-in")
@Secured("NHS_PARTNER")
class PartnerKeyController {

    private final ClientAssertions assertions;

    PartnerKeyController(ClientAssertions assertions) {
        this.assertions = assertions;
    }

    @Operation(summary = "Register the public key (a JWK: RSA of 2048 bits or more, or EC) your client assertions are signed with")
    @Put
    @Status(HttpStatus.NO_CONTENT)
    @StandardProblems
    @InvalidBodyProblems
    void registerPartnerKey(@Parameter(hidden = true) Actor actor, @Body Map<String, Object> jwk) {
        assertions.register(actor, jwk);
    }
}
