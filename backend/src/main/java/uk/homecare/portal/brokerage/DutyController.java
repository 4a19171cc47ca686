package uk.homecare.portal.brokerage;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.homecare.portal.api.brokerage.Duty;
import uk.homecare.portal.api.brokerage.DutyForm;
import uk.homecare.portal.api.brokerage.DutyOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Brokerage: commissioners")
@Secured("COMMISSIONER")
class DutyController implements DutyOperations<Actor> {

    private final Duties duties;

    DutyController(Duties duties) {
        this.duties = duties;
    }

    @Operation(summary = "Whether you are on duty for emergencies, and who of your council is")
    @StandardProblems
    @Override
    public Duty showDuty(@Parameter(hidden = true) Actor actor) {
        return duties.duty(actor);
    }

    @Operation(summary = "Go on or off duty for emergencies",
            description = """
                    A package that waits unallocated longer than its urgency allows becomes an emergency: the commissioners \
                    on duty are told in the portal and by e-mail; when none of the council's is, every commissioner is.""")
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public Duty changeDuty(@Parameter(hidden = true) Actor actor, @Body @Valid DutyForm form) {
        return duties.change(actor, form);
    }
}
