package uk.homecare.portal.identity;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.MeOperations;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Sign-in")
class MeController implements MeOperations<Actor> {

    private final WhoAmI whoAmI;

    MeController(WhoAmI whoAmI) {
        this.whoAmI = whoAmI;
    }

    @Operation(summary = "Who the bearer of this token is, and for which councils and people they act")
    @StandardProblems
    @AllowedBeforeMfaEnrolment
    @Override
    public Me me(Actor actor) {
        return whoAmI.describe(actor);
    }
}
