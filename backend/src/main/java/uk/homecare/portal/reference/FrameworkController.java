package uk.homecare.portal.reference;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.FrameworkForm;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller("/api/frameworks")
@Tag(name = "Reference data")
class FrameworkController {

    private final FrameworkCatalogue frameworks;
    private final LotCatalogue lots;

    FrameworkController(FrameworkCatalogue frameworks, LotCatalogue lots) {
        this.frameworks = frameworks;
        this.lots = lots;
    }

    @Operation(summary = "The framework agreements of your council")
    @Get
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    List<Framework> listFrameworks(@Parameter(hidden = true) Actor actor) {
        return frameworks.list(actor);
    }

    @Operation(summary = "Add a framework agreement")
    @Post
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    Framework addFramework(@Parameter(hidden = true) Actor actor, @Body @Valid FrameworkForm form) {
        return frameworks.add(actor, form);
    }

    @Operation(summary = "Change a framework agreement's name or terms (send the version you loaded)")
    @Put("/{id}")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    Framework changeFramework(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid FrameworkForm form) {
        return frameworks.change(actor, id, form);
    }

    @Operation(summary = "The lots of a framework, with the providers holding each")
    @Get("/{frameworkId}/lots")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    List<Lot> listLots(@Parameter(hidden = true) Actor actor, UUID frameworkId) {
        return lots.list(actor, frameworkId);
    }

    @Operation(summary = "Add a lot to a framework")
    @Post("/{frameworkId}/lots")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    Lot addLot(@Parameter(hidden = true) Actor actor, UUID frameworkId, @Body @Valid LotForm form) {
        return lots.add(actor, frameworkId, form);
    }
}
