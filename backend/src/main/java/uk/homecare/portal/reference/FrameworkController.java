package uk.homecare.portal.reference;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import uk.homecare.portal.api.reference.FrameworkOperations;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.identity.Actor;
import io.micronaut.core.annotation.Nullable;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Reference data")
class FrameworkController implements FrameworkOperations<Actor> {

    private final FrameworkCatalogue frameworks;
    private final LotCatalogue lots;
    private final IdempotentRequests idempotency;

    FrameworkController(FrameworkCatalogue frameworks, LotCatalogue lots, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.frameworks = frameworks;
        this.lots = lots;
    }

    @Operation(summary = "The framework agreements of your council")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public List<Framework> listFrameworks(@Parameter(hidden = true) Actor actor) {
        return frameworks.list(actor);
    }

    @Operation(summary = "Add a framework agreement")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @IdempotentCreation
    @Override
    public Framework addFramework(@Parameter(hidden = true) Actor actor, @Nullable String idempotencyKey, @Body @Valid FrameworkForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "addFramework", idempotencyKey, List.of(form)),
                Framework.class, () -> frameworks.add(actor, form), added -> actor.homeCouncil()).body();
    }

    @Operation(summary = "Change a framework agreement's name or terms (send the version you loaded)")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Framework changeFramework(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid FrameworkForm form) {
        return frameworks.change(actor, id, form);
    }

    @Operation(summary = "The lots of a framework, with the providers holding each")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<Lot> listLots(@Parameter(hidden = true) Actor actor, UUID frameworkId) {
        return lots.list(actor, frameworkId);
    }

    @Operation(summary = "Add a lot to a framework")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @IdempotentCreation
    @Override
    public Lot addLot(@Parameter(hidden = true) Actor actor, UUID frameworkId, @Nullable String idempotencyKey, @Body @Valid LotForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "addLot", idempotencyKey, List.of(frameworkId, form)),
                Lot.class, () -> lots.add(actor, frameworkId, form), added -> actor.homeCouncil()).body();
    }
}
