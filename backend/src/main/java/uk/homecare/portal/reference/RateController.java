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
import java.time.Clock;
import java.util.List;
import uk.homecare.portal.api.UkTime;
import java.util.UUID;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.api.reference.RateForm;
import uk.homecare.portal.api.reference.RateOperations;
import uk.homecare.portal.identity.Actor;
import io.micronaut.core.annotation.Nullable;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Reference data")
class RateController implements RateOperations<Actor> {

    private final RateSchedule rates;
    private final Providers providers;
    private final Clock clock;
    private final IdempotentRequests idempotency;

    RateController(RateSchedule rates, Providers providers, Clock clock, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.rates = rates;
        this.providers = providers;
        this.clock = clock;
    }

    @Operation(summary = "Your council's rate schedule, each rate with the day it ends (if superseded)")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public List<Rate> listRates(@Parameter(hidden = true) Actor actor) {
        return rates.list(actor);
    }

    @Operation(summary = "Add a rate taking effect today or later")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @IdempotentCreation
    @Override
    public Rate addRate(@Parameter(hidden = true) Actor actor, @Nullable String idempotencyKey, @Body @Valid RateForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "addRate", idempotencyKey, List.of(form)),
                Rate.class, () -> rates.add(actor, form), added -> actor.homeCouncil()).body();
    }

    @Operation(summary = "Change a rate not yet in force (send the version you loaded)")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Rate changeRate(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid RateForm form) {
        return rates.change(actor, id, form);
    }

    @Operation(summary = "The providers registered with your council, for its lots")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public List<Provider> listProviders(@Parameter(hidden = true) Actor actor) {
        return providers.contractedTo(actor.homeCouncil(), UkTime.today(clock));
    }
}
