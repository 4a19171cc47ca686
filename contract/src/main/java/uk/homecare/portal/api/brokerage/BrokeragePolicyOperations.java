package uk.homecare.portal.api.brokerage;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * A council's brokerage policy: response windows, hand-back notice, the OPEN stage's rule.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface BrokeragePolicyOperations<C> {

    @Get("/api/brokerage-policy")
    BrokeragePolicy showBrokeragePolicy(@Parameter(hidden = true) C caller);

    @Put("/api/brokerage-policy")
    BrokeragePolicy changeBrokeragePolicy(@Parameter(hidden = true) C caller, @Body BrokeragePolicy policy);
}
