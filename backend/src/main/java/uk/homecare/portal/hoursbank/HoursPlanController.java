package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
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
import uk.homecare.portal.api.hoursbank.HoursChangeForm;
import uk.homecare.portal.api.hoursbank.PlanEndForm;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.HoursPlanOperations;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Hours bank: commissioners")
class HoursPlanController implements HoursPlanOperations<Actor> {

    private final PlanCommissioning plans;
    private final PlanChanges changes;
    private final IdempotentRequests idempotency;

    HoursPlanController(PlanCommissioning plans, PlanChanges changes, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.plans = plans;
        this.changes = changes;
    }

    @Operation(summary = "Give a person of your council a flexible-hours plan (starting on a Monday)")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @IdempotentCreation
    @Override
    public HoursPlan createHoursPlan(@Parameter(hidden = true) Actor actor, @Nullable String idempotencyKey, @Body @Valid PlanForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "createHoursPlan", idempotencyKey, List.of(form)),
                HoursPlan.class, () -> plans.createPlan(actor, form), plan -> plan.council().id()).body();
    }

    @Operation(summary = "Your council's flexible-hours plans")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public List<HoursPlan> listHoursPlans(@Parameter(hidden = true) Actor actor) {
        return plans.plans(actor);
    }

    @Operation(summary = "Change a plan's weekly hours from a Monday on",
            description = """
                    From a Monday today or later, within the plan: that week's lot and every later one credit the new amount; \
                    lots already credited keep theirs. A second change from the same Monday replaces the first.""")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public HoursPlan changePlanHours(@Parameter(hidden = true) Actor actor, UUID planId, @Body @Valid HoursChangeForm form) {
        return changes.changeHours(actor, planId, form);
    }

    @Operation(summary = "End a plan on a day",
            description = """
                    Its last day of care, today or later: no lot is credited for a week that begins after it, and sessions booked \
                    after it are cancelled with their minutes given back. The person and the provider's staff are told.""")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public HoursPlan endHoursPlan(@Parameter(hidden = true) Actor actor, UUID planId, @Body @Valid PlanEndForm form) {
        return changes.end(actor, planId, form);
    }
}
