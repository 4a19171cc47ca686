package uk.homecare.portal.account;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.homecare.portal.api.account.Council;
import uk.homecare.portal.api.account.CouncilForm;
import uk.homecare.portal.api.account.CouncilOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Secured("PLATFORM_ADMIN")
@Tag(name = "Councils")
class CouncilController implements CouncilOperations<Actor> {

    private final CouncilRegistration councils;

    CouncilController(CouncilRegistration councils) {
        this.councils = councils;
    }

    @Operation(summary = "The installation's councils", description = "With how many active and invited administrators each has.")
    @StandardProblems
    @Override
    public List<Council> listCouncils(Actor actor) {
        return councils.list();
    }

    @Operation(summary = "Create a council",
            description = "With its own organisation (holding the ODS code). Then invite its first administrator: POST "
                    + "/api/invitations with role ADMIN and its councilId. A code or ODS code already in use is refused (409).")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @Override
    public Council createCouncil(Actor actor, @Valid CouncilForm form) {
        return councils.create(actor, form);
    }
}
