package uk.homecare.portal.api.quality;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.organisation.Regulator;

/**
 * What an import of a regulator's ratings file did: how many locations were new, changed, withdrawn or unchanged,
 * and the flagged locations of providers in the portal (every other location is only counted). The same file
 * imported again answers the import that took it, with {@code alreadyImported}.
 */
@Serdeable
@Schema(description = "What an import of a regulator's ratings file did")
public record RatingsImportReport(
        UUID importId,
        Regulator regulator,
        @Schema(description = "The SHA-256 of the file's bytes, in hex", maxLength = 64) String fileSha256,
        @Schema(description = "True when this file was the latest import already and nothing changed now") boolean alreadyImported,
        Instant importedAt,
        @Schema(description = "Data rows read (after the header)", example = "120") int rowsRead,
        @Schema(description = "Locations read (CQC lists a location on several rows; the overall rating's row counts)", example = "40")
        int locationsRead,
        int newLocations,
        int changedLocations,
        int withdrawnLocations,
        int unchangedLocations,
        @ArraySchema(maxItems = 100_000, arraySchema = @Schema(description = "The flagged locations of providers in the portal"))
        List<ImportedChange> flagged) {

    public RatingsImportReport {
        flagged = flagged == null ? List.of() : List.copyOf(flagged);
    }
}
