package uk.homecare.portal.api.chc;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/**
 * The council side of Continuing Healthcare: the requirement, the summary, the postcode-district map.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface ChcCouncilOperations<C> {

    @Get("/api/chc/summary")
    ChcSummary showChcSummary(@Parameter(hidden = true) C caller);

    @Get("/api/chc/requirement")
    ChcRequirement showChcRequirement(@Parameter(hidden = true) C caller);

    @Put("/api/chc/requirement")
    ChcRequirement changeChcRequirement(@Parameter(hidden = true) C caller, @Body ChcRequirement requirement);

    @Get("/api/postcode-districts")
    List<PostcodeDistrictZone> listPostcodeDistricts(@Parameter(hidden = true) C caller);

    @Put("/api/postcode-districts")
    List<PostcodeDistrictZone> changePostcodeDistricts(@Parameter(hidden = true) C caller, @Body List<PostcodeDistrictZone> map);
}
