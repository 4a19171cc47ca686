package uk.homecare.portal.chc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.Idempotency;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.chc.ChcCancelForm;
import uk.homecare.portal.api.chc.ChcChangeForm;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.chc.ChcPartnerOperations;
import uk.homecare.portal.api.chc.EventPage;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;
import uk.homecare.portal.platform.openapi.UnprocessableProblem;

@Controller
@Tag(name = "CHC: NHS partner systems")
@Secured("NHS_PARTNER")
class ChcPartnerController implements ChcPartnerOperations<Actor> {

    static final String IDEMPOTENCY_KEY = Idempotency.KEY;
    static final String REPLAYED = Idempotency.REPLAYED;

    private final ChcPackages packages;
    private final EventFeed feed;

    ChcPartnerController(ChcPackages packages, EventFeed feed) {
        this.packages = packages;
        this.feed = feed;
    }

    @Operation(summary = "Place a CHC package into the council's cascade",
            description = """
                    Send an Idempotency-Key (1 to 200 characters, e.g. a UUID) with every request. Repeating a request \
                    with the same key and body returns the first answer (with the header Idempotent-Replayed: true) and \
                    creates nothing new, even when the retries race; the same key with a different body is refused (422). \
                    The NHS number is required and must pass the modulus 11 check. Without zoneId, the zone comes from \
                    the postcode district through the council's map.""")
    @ApiResponse(responseCode = "201", description = "The package placed (or, for a repeated key, the one placed the first time)",
            headers = {
                    @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "The package's address", schema = @Schema(type = "string", maxLength = 100)),
                    @io.swagger.v3.oas.annotations.headers.Header(name = REPLAYED, description = "true when this answers a repeated Idempotency-Key",
                            schema = @Schema(type = "string", allowableValues = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChcPackage.class)))
    @StandardProblems
    @InvalidBodyProblems
    @UnprocessableProblem
    @Override
    public MutableHttpResponse<ChcPackage> placeChcPackage(@Parameter(hidden = true) Actor actor,
            @Parameter(description = "A key unique to this request; repeat it on retries") @Header(IDEMPOTENCY_KEY) @Nullable String idempotencyKey,
            @Body @Valid ChcPackageForm form) {
        ChcPackages.Placement placed = packages.place(actor, idempotencyKey, form);
        MutableHttpResponse<ChcPackage> response = HttpResponse.<ChcPackage>status(HttpStatus.CREATED)
                .body(placed.chcPackage())
                .headers(h -> h.location(URI.create("/api/chc/packages/" + placed.chcPackage().id())));
        return placed.replayed() ? response.header(REPLAYED, "true") : response;
    }

    @Operation(summary = "A CHC package you placed: where it is in the cascade, and who cares for the person once awarded")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public ChcPackage showChcPackage(@Parameter(hidden = true) Actor actor, UUID id) {
        return packages.show(actor, id);
    }

    @Operation(summary = "Everything that happened to a CHC package you placed, oldest first")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<HistoryEntry> chcPackageHistory(@Parameter(hidden = true) Actor actor, UUID id) {
        return packages.history(actor, id);
    }

    @Operation(summary = "Change the weekly minutes or start date of a CHC package before it is awarded")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public ChcPackage changeChcPackage(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid ChcChangeForm form) {
        return packages.change(actor, id, form);
    }

    @Operation(summary = "Cancel a CHC package you placed; offers still open close and an awarded provider no longer holds it")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public ChcPackage cancelChcPackage(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid ChcCancelForm form) {
        return packages.cancel(actor, id, form);
    }

    @Operation(summary = "Events of the packages you placed, oldest first, after a cursor",
            description = """
                    Start without 'after'; then pass the nextCursor of the last page. Each event's id is also a cursor. \
                    A reader that keeps its cursor sees every event exactly once, in order, without polling each package.""")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public EventPage listChcEvents(@Parameter(hidden = true) Actor actor, @Nullable @QueryValue String after, @Nullable @QueryValue Integer limit) {
        return feed.after(actor, after, limit);
    }
}
