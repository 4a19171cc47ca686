package uk.homecare.portal.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.capacity.CapacityOperations;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.api.capacity.ContractBand;
import uk.homecare.portal.api.capacity.CouncilZones;
import uk.homecare.portal.api.capacity.MarketHealth;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.capacity.ViabilityBand;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.IdempotentlyAnswered;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Capacity")
class CapacityController implements CapacityOperations<Actor> {

    private final CapacityReporting reporting;
    private final MarketAnalysis market;
    private final MarketHealthCheck health;

    private final IdempotentRequests idempotency;

    CapacityController(CapacityReporting reporting, MarketAnalysis market, MarketHealthCheck health, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.reporting = reporting;
        this.market = market;
        this.health = health;
    }

    @Operation(summary = "Report this week's capacity for a council and zone; a second report this week replaces the first")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidBodyProblems
    @IdempotentlyAnswered
    @Override
    public CapacityReport reportCapacity(@Parameter(hidden = true) Actor actor, @Nullable String idempotencyKey,
            @Body @Valid CapacityReportForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "reportCapacity", idempotencyKey, List.of(form)),
                CapacityReport.class, () -> reporting.report(actor, form), report -> report.council().id()).body();
    }

    @Operation(summary = "The councils you hold contracts with and their zones: where you may report capacity")
    @Secured("PROVIDER")
    @StandardProblems
    @Override
    public List<CouncilZones> listReportableZones(@Parameter(hidden = true) Actor actor) {
        return reporting.reportableZones(actor);
    }

    @Operation(summary = "Your latest capacity report for each council and zone; stale when older than 7 days")
    @Secured("PROVIDER")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public List<CapacityReport> listMyCapacityReports(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue UUID council) {
        return reporting.latest(actor, council);
    }

    @Operation(summary = "The market per zone: capacity reported against demand now and in the next 4 weeks, with a 12-week trend")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public MarketView showMarket(@Parameter(hidden = true) Actor actor) {
        return market.market(actor);
    }

    @Operation(summary = "Market health: active providers over 12 months (warned at a 5% fall), committed care against the bands")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public MarketHealth showMarketHealth(@Parameter(hidden = true) Actor actor) {
        return health.health(actor);
    }

    @Operation(summary = "Set the weekly care a provider needs to be viable in your council")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public ViabilityBand changeViabilityBand(@Parameter(hidden = true) Actor actor, @Body @Valid ViabilityBand band) {
        return health.changeViability(actor, band);
    }

    @Operation(summary = "Set the weekly care a provider's contract with your council expects")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @Override
    public ContractBand changeContractBand(@Parameter(hidden = true) Actor actor, UUID providerId, @Body @Valid ContractBand band) {
        return health.changeContract(actor, providerId, band);
    }
}
