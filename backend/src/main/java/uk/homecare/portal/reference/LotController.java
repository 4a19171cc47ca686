package uk.homecare.portal.reference;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotOperations;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Reference data")
@Secured("COMMISSIONER")
class LotController implements LotOperations<Actor> {

    private final LotCatalogue lots;

    LotController(LotCatalogue lots) {
        this.lots = lots;
    }

    @Operation(summary = "Change a lot (send the version you loaded)")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Lot changeLot(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid LotForm form) {
        return lots.change(actor, id, form);
    }

    @Operation(summary = "Put a provider on a lot in a tier, or move it to another tier")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Lot placeProvider(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid LotProviderForm form) {
        return lots.placeProvider(actor, id, form);
    }

    @Operation(summary = "Take a provider off a lot")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Lot removeProvider(@Parameter(hidden = true) Actor actor, UUID id, UUID providerId) {
        return lots.removeProvider(actor, id, providerId);
    }
}
