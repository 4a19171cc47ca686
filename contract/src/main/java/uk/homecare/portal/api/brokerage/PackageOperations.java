package uk.homecare.portal.api.brokerage;

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
 * Commissioners' care packages: draft, publish, the board, bids, award, review and history.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface PackageOperations<C> {

    @Post("/api/packages")
    CarePackage draftPackage(@Parameter(hidden = true) C caller,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey, @Body PackageForm form);

    /** {@code ifMatch}: the package's {@code version} as loaded (an ETag's quotes optional). */
    @Put("/api/packages/{id}")
    CarePackage editDraftPackage(@Parameter(hidden = true) C caller, UUID id,
            @Parameter(description = "The version of the draft you loaded, e.g. \"3\": a draft changed since is refused (409)",
                    schema = @Schema(maxLength = 20, example = "\"3\"")) @Header("If-Match") @Nullable String ifMatch,
            @Body PackageForm form);

    @Post("/api/packages/{id}/publish")
    CarePackage publishPackage(@Parameter(hidden = true) C caller, UUID id);

    @Get("/api/packages{?status}")
    List<CarePackage> listPackages(@Parameter(hidden = true) C caller, @Nullable @QueryValue PackageStatus status);

    @Get("/api/packages/{id}")
    CarePackage showPackage(@Parameter(hidden = true) C caller, UUID id);

    @Get("/api/packages/{id}/bids")
    List<Bid> listBids(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/packages/{id}/award")
    CarePackage awardPackage(@Parameter(hidden = true) C caller, UUID id, @Body AwardForm form);

    @Post("/api/packages/{id}/review")
    CarePackage movePackageAtReview(@Parameter(hidden = true) C caller, UUID id, @Body ReviewForm form);

    @Post("/api/packages/{id}/cancel")
    CarePackage cancelPackage(@Parameter(hidden = true) C caller, UUID id, @Body CancelForm form);

    @Get("/api/packages/{id}/history")
    List<HistoryEntry> packageHistory(@Parameter(hidden = true) C caller, UUID id);
}
