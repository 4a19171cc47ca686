package uk.homecare.portal.api.messaging;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** One message of a query: which side wrote it, who, when, and what it says. */
@Serdeable
public record QueryMessage(
        UUID id,
        @Schema(description = "Its place in the query, from 1") int number,
        QuerySide side,
        @Schema(description = "The name of the member of staff who wrote it", example = "Priya Shah") String author,
        Instant sentAt,
        String body) {}
