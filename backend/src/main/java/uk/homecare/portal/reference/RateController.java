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
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.api.reference.RateForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller("/api")
@Tag(name = "Reference data")
class RateController {

    private final RateSchedule rates;
    private final Providers providers;

    RateController(RateSchedule rates, Providers providers) {
        this.rates = rates;
        this.providers = providers;
    }

    @Operation(summary = "Your council's rate schedule, each rate with the day it ends (if superseded)")
    @Get("/rates")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    List<Rate> listRates(@Parameter(hidden = true) Actor actor) {
        return rates.list(actor);
    }

    @Operation(summary = "Add a rate taking effect today or later")
    @Post("/rates")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    Rate addRate(@Parameter(hidden = true) Actor actor, @Body @Valid RateForm form) {
        return rates.add(actor, form);
    }

    @Operation(summary = "Change a rate not yet in force (send the version you loaded)")
    @Put("/rates/{id}")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    Rate changeRate(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid RateForm form) {
        return rates.change(actor, id, form);
    }

    @Operation(summary = "The providers holding a contract with your council")
    @Get("/providers")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    List<Provider> listProviders(@Parameter(hidden = true) Actor actor) {
        return providers.contractedTo(actor.homeCouncil());
    }
}
