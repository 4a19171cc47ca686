package uk.homecare.portal.api.capacity;

import io.micronaut.http.annotation.Header;
import uk.homecare.portal.api.Idempotency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * Providers' capacity reports, and the council's market view and market health.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface CapacityOperations<C> {

    @Post("/api/capacity-reports")
    CapacityReport reportCapacity(@Parameter(hidden = true) C caller,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body CapacityReportForm form);

    @Get("/api/capacity-reports/zones")
    List<CouncilZones> listReportableZones(@Parameter(hidden = true) C caller);

    @Get("/api/capacity-reports{?council}")
    List<CapacityReport> listMyCapacityReports(@Parameter(hidden = true) C caller, @Nullable @QueryValue UUID council);

    @Get("/api/market")
    MarketView showMarket(@Parameter(hidden = true) C caller);

    @Get("/api/market/health")
    MarketHealth showMarketHealth(@Parameter(hidden = true) C caller);

    @Put("/api/market/viability-band")
    ViabilityBand changeViabilityBand(@Parameter(hidden = true) C caller, @Body ViabilityBand band);

    @Put("/api/providers/{providerId}/contract-band")
    ContractBand changeContractBand(@Parameter(hidden = true) C caller, UUID providerId, @Body ContractBand band);
}
