package uk.homecare.portal.api.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A query about a package, without its messages: between the package's council and one provider, of a type, with a
 * subject; who asked, where it stands (OVERDUE when it is OPEN past {@code dueOn}, a UK date) and what the caller may
 * do with it now.
 */
@Serdeable
public record QuerySummary(
        UUID id,
        UUID packageId,
        @Schema(example = "COV-2026-0042") String packageReference,
        NamedRef council,
        NamedRef provider,
        QueryType type,
        String subject,
        @Schema(description = "The side that asked: the other side answers") QuerySide raisedBy,
        Instant raisedAt,
        QueryStatus status,
        @Schema(description = "The last day for an answer while the query is open (UK date)", example = "2026-12-14") @Nullable LocalDate dueOn,
        @Schema(description = "The side it waits for while it is open or overdue") @Nullable QuerySide awaiting,
        Instant lastMessageAt,
        int messageCount,
        @Schema(description = "What the caller may do with the query now") List<QueryAction> actions) {

    public QuerySummary {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
