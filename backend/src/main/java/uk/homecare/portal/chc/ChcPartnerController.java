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
import io.swagger.v3.oas.annotations.media.ExampleObject;
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
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "CHC: NHS partner systems")
@Secured("NHS_PARTNER")
class ChcPartnerController implements ChcPartnerOperations<Actor> {

    static final String IDEMPOTENCY_KEY = Idempotency.KEY;
    static final String REPLAYED = Idempotency.REPLAYED;

    private static final String KEY_REUSED = """
            {"type":"urn:homecare-portal:problem:idempotency-key-reused","title":"Request cannot be processed","status":422,\
            "detail":"This Idempotency-Key was used with a different request body. Use a new key for a new request."}""";
    private static final String LOT_CHOICE_NEEDED = """
            {"type":"urn:homecare-portal:problem:lot-choice-needed","title":"Request cannot be processed","status":422,\
            "detail":"Name the lot in lotId: the service category does not settle which of the lots listed in choices takes this package.",\
            "errors":[{"field":"lotId","message":"Name the lot in lotId: the service category does not settle which of the lots listed in choices takes this package."}],\
            "choices":[{"id":"0b7c6a52-3f0e-4d8e-9a51-5c1f2e7d9a10","name":"Citywide: mental ill health"},\
            {"id":"6e2d1f8a-9c4b-4a3e-8f70-2b5d9e1c4a77","name":"GP cluster: Central"}]}""";

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
                    The partnerReference (your own identifier of the request) is a natural key as well, whatever the key: \
                    a second request with the same partnerReference answers the package placed the first time (with \
                    Idempotent-Replayed: true) and creates nothing, even when requests race; with a different body it is \
                    refused (422, idempotency-key-reused, field partnerReference). \
                    The NHS number is required and must pass the modulus 11 check. Without zoneId, the zone comes from \
                    the postcode district through the council's map. Without lotId, the lot is the one of the serviceCategory \
                    (GENERAL when not given) among the lots of the council's frameworks in force on the start date: the zone's \
                    own lot, else a council-wide one. When that does not settle exactly one lot, the request is refused (422, \
                    lot-choice-needed) and the problem's choices list the lots to name in lotId.""")
    @ApiResponse(responseCode = "201", description = "The package placed (or, for a repeated key, the one placed the first time)",
            headers = {
                    @io.swagger.v3.oas.annotations.headers.Header(name = "Location", description = "The package's address", schema = @Schema(type = "string", maxLength = 100)),
                    @io.swagger.v3.oas.annotations.headers.Header(name = REPLAYED, description = "true when this answers a repeated Idempotency-Key",
                            schema = @Schema(type = "string", allowableValues = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChcPackage.class)))
    @StandardProblems
    @InvalidBodyProblems
    @ApiResponse(responseCode = "422", description = """
            The Idempotency-Key or the partnerReference was used before with a different request body, or the lot must be \
            named: choices lists the lots to choose from for lotId""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "idempotency-key-reused", value = KEY_REUSED),
                    @ExampleObject(name = "lot-choice-needed", value = LOT_CHOICE_NEEDED)}))
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

    @Operation(summary = "Everything that happened to a CHC package you placed, oldest first",
            description = """
                    Each entry names who acted by role only. The award's details carry agreedStart: the date care starts \
                    as agreed with the provider (the start it proposed once awarded, else the start you requested).""")
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
