package uk.homecare.portal.ui.client;

import static io.micronaut.http.HttpHeaders.AUTHORIZATION;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import java.util.List;
import uk.homecare.portal.api.chc.*;

/** The council side of CHC, as the UI calls it: requirement, summary, and the postcode-district map. */
@Client("${ui.api-url:/}")
public interface ChcClient {

    @Get("/api/chc/summary")
    ChcSummary summary(@Header(AUTHORIZATION) String authorization);

    @Get("/api/chc/requirement")
    ChcRequirement requirement(@Header(AUTHORIZATION) String authorization);

    @Put("/api/chc/requirement")
    ChcRequirement changeRequirement(@Header(AUTHORIZATION) String authorization, @Body ChcRequirement requirement);

    @Get("/api/postcode-districts")
    List<PostcodeDistrictZone> postcodeDistricts(@Header(AUTHORIZATION) String authorization);

    @Put("/api/postcode-districts")
    List<PostcodeDistrictZone> changePostcodeDistricts(@Header(AUTHORIZATION) String authorization, @Body List<PostcodeDistrictZone> map);
}
