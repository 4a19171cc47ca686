package uk.homecare.portal.api.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.Idempotency;

/**
 * Queries between a provider and its council about a care package. {@code C} is the caller: see
 * {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface MessagingOperations<C> {

    @Get("/api/care-packages/{id}/queries")
    PackageQueries listPackageQueries(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/care-packages/{id}/queries")
    PackageQuery startQuery(@Parameter(hidden = true) C caller, UUID id,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey,
            @Body QueryForm form);

    @Get("/api/queries{?status}")
    List<QuerySummary> listQueries(@Parameter(hidden = true) C caller,
            @Parameter(description = "Only the queries that stand so now (OVERDUE: open past the day the answer was due)")
            @Nullable @QueryValue QueryStatus status);

    @Get("/api/queries/{queryId}")
    PackageQuery showQuery(@Parameter(hidden = true) C caller, UUID queryId);

    @Post("/api/queries/{queryId}/replies")
    PackageQuery replyToQuery(@Parameter(hidden = true) C caller, UUID queryId,
            @Parameter(description = Idempotency.KEY_DESCRIPTION, schema = @Schema(minLength = 1, maxLength = 200)) @Header(Idempotency.KEY) @Nullable String idempotencyKey,
            @Body ReplyForm form);

    @Post("/api/queries/{queryId}/close")
    PackageQuery closeQuery(@Parameter(hidden = true) C caller, UUID queryId);
}
