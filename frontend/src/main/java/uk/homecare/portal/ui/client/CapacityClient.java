package uk.homecare.portal.ui.client;

import static io.micronaut.http.HttpHeaders.AUTHORIZATION;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.capacity.*;

/** The capacity API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface CapacityClient {

    // Providers

    /** Reports this week's capacity for one council and zone (replacing this week's report there, if any). */
    @Post("/api/capacity-reports")
    CapacityReport report(@Header(AUTHORIZATION) String authorization, @Body CapacityReportForm form);

    /** The councils the provider holds contracts with, and their zones in use: where it may report. */
    @Get("/api/capacity-reports/zones")
    List<CouncilZones> reportableZones(@Header(AUTHORIZATION) String authorization);

    /** The provider's latest report for each council and zone it has reported for. */
    @Get("/api/capacity-reports{?council}")
    List<CapacityReport> myReports(@Header(AUTHORIZATION) String authorization, @Nullable @QueryValue UUID council);

    // Commissioners

    @Get("/api/market")
    MarketView market(@Header(AUTHORIZATION) String authorization);

    @Get("/api/market/health")
    MarketHealth health(@Header(AUTHORIZATION) String authorization);

    @Put("/api/market/viability-band")
    ViabilityBand changeViabilityBand(@Header(AUTHORIZATION) String authorization, @Body ViabilityBand band);

    @Put("/api/providers/{providerId}/contract-band")
    ContractBand changeContractBand(@Header(AUTHORIZATION) String authorization, UUID providerId, @Body ContractBand band);
}
