package uk.homecare.portal.council;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.homecare.portal.api.council.CouncilSettings;
import uk.homecare.portal.api.council.CouncilSettingsOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Council administration")
@Secured("ADMIN")
class CouncilSettingsController implements CouncilSettingsOperations<Actor> {

    private final CouncilSettingsKeeping settings;

    CouncilSettingsController(CouncilSettingsKeeping settings) {
        this.settings = settings;
    }

    @Operation(summary = "Your council's settings, with the version to send back when changing them")
    @StandardProblems
    @Override
    public CouncilSettings showCouncilSettings(@Parameter(hidden = true) Actor actor) {
        return settings.show(actor);
    }

    @Operation(summary = "Change your council's settings (send them whole, with the version you loaded)",
            description = """
                    The shortest visit, the default language, whether staff must sign in with a second factor, and the \
                    name the council's e-mails come from. The brokerage policy is shown here but set by the council's \
                    commissioners (PUT /api/brokerage-policy): send its fields back as loaded, or the change is refused \
                    (403). Refused whole when any field is invalid, or when the settings changed since the version sent \
                    (409). The audit trail records what each changed setting was and is.""")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @Override
    public CouncilSettings changeCouncilSettings(@Parameter(hidden = true) Actor actor, @Body @Valid CouncilSettings changed) {
        return settings.change(actor, changed);
    }
}
