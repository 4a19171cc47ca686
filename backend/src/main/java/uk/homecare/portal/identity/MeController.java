package uk.homecare.portal.identity;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Sign-in")
class MeController {

    private final WhoAmI whoAmI;

    MeController(WhoAmI whoAmI) {
        this.whoAmI = whoAmI;
    }

    @Operation(summary = "Who the bearer of this token is, and for which councils and people they act")
    @Get
    @StandardProblems
    Me me(@Parameter(hidden = true) Actor actor) {
        return whoAmI.describe(actor);
    }
}
