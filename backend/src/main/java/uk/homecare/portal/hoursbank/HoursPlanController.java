package uk.homecare.portal.hoursbank;

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
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.HoursPlanOperations;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Hours bank: commissioners")
class HoursPlanController implements HoursPlanOperations<Actor> {

    private final PlanCommissioning plans;

    HoursPlanController(PlanCommissioning plans) {
        this.plans = plans;
    }

    @Operation(summary = "Give a person of your council a flexible-hours plan (starting on a Monday)")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @Override
    public HoursPlan createHoursPlan(@Parameter(hidden = true) Actor actor, @Body @Valid PlanForm form) {
        return plans.createPlan(actor, form);
    }

    @Operation(summary = "Your council's flexible-hours plans")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public List<HoursPlan> listHoursPlans(@Parameter(hidden = true) Actor actor) {
        return plans.plans(actor);
    }
}
