package uk.homecare.portal.api.visits;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One row of an uploaded ECM file that cannot be imported: its line in the file, the column at fault, and why. */
@Serdeable
@Schema(description = "A refused row of an ECM file")
public record RefusedRow(
        @Schema(description = "The line in the file, the header being line 1", example = "12") int line,
        @Schema(description = "The column at fault, as the header names it, or 'row' for the row as a whole", maxLength = 40,
                example = "carers_present") String column,
        @Schema(description = "Why, in the request's language", maxLength = 300, example = "Enter a whole number from 0 to 10.")
        String reason) {}
