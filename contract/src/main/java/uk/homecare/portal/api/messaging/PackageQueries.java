package uk.homecare.portal.api.messaging;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * A package's queries the caller may see (its council sees them all; a provider only its own), newest first, and
 * whether the caller may start another ({@code START} in {@code actions}).
 */
@Serdeable
public record PackageQueries(
        UUID packageId,
        @Schema(example = "COV-2026-0042") String packageReference,
        @Schema(description = "What the caller may do with the package's queries now") List<QueryAction> actions,
        List<QuerySummary> queries) {

    public PackageQueries {
        actions = actions == null ? List.of() : List.copyOf(actions);
        queries = queries == null ? List.of() : List.copyOf(queries);
    }
}
