package uk.homecare.portal.api.brokerage;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * A commissioner's duty for emergencies: packages that waited unallocated longer than their urgency allows are told to
 * the commissioners on duty (to every commissioner of the council when none is). Each commissioner goes on and off duty
 * themselves. {@code C} is the caller: see {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface DutyOperations<C> {

    @Get("/api/duty")
    Duty showDuty(@Parameter(hidden = true) C caller);

    @Put("/api/duty")
    Duty changeDuty(@Parameter(hidden = true) C caller, @Body DutyForm form);
}
