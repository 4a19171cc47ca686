package uk.homecare.portal.api.chc;

import uk.homecare.portal.api.Idempotency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.HistoryEntry;

/**
 * NHS partner systems place and follow Continuing Healthcare packages, and read the event feed.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface ChcPartnerOperations<C> {

    @Post("/api/chc/packages")
    HttpResponse<ChcPackage> placeChcPackage(@Parameter(hidden = true) C caller, @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body ChcPackageForm form);

    @Get("/api/chc/packages/{id}")
    ChcPackage showChcPackage(@Parameter(hidden = true) C caller, UUID id);

    @Get("/api/chc/packages/{id}/history")
    List<HistoryEntry> chcPackageHistory(@Parameter(hidden = true) C caller, UUID id);

    @Patch("/api/chc/packages/{id}")
    ChcPackage changeChcPackage(@Parameter(hidden = true) C caller, UUID id, @Body ChcChangeForm form);

    @Post("/api/chc/packages/{id}/cancel")
    ChcPackage cancelChcPackage(@Parameter(hidden = true) C caller, UUID id, @Body ChcCancelForm form);

    @Get("/api/chc/events{?after,limit}")
    EventPage listChcEvents(@Parameter(hidden = true) C caller, @Nullable @QueryValue String after, @Nullable @QueryValue Integer limit);
}
