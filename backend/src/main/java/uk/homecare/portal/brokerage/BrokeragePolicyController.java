package uk.homecare.portal.brokerage;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.BrokeragePolicyOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Brokerage: commissioners")
class BrokeragePolicyController implements BrokeragePolicyOperations<Actor> {

    private final BrokeragePolicies policies;

    BrokeragePolicyController(BrokeragePolicies policies) {
        this.policies = policies;
    }

    @Operation(summary = "Your council's brokerage settings")
    @StandardProblems
    @Secured({"COMMISSIONER", "ADMIN"})
    @Override
    public BrokeragePolicy showBrokeragePolicy(@Parameter(hidden = true) Actor actor) {
        return policies.policy(actor);
    }

    @Operation(summary = "Change response windows, the OPEN stage rule, hand-back notice and start tolerance (commissioners only)",
            description = "Response windows apply to stages that start from now; the start tolerance to answers given from now.")
    @StandardProblems
    @InvalidBodyProblems
    @Secured("COMMISSIONER")
    @Override
    public BrokeragePolicy changeBrokeragePolicy(@Parameter(hidden = true) Actor actor, @Body @Valid BrokeragePolicy policy) {
        return policies.change(actor, policy);
    }
}
