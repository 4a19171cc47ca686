package uk.homecare.portal.api.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What became of an uploaded ECM file: either every row imported (and the import's id), or nothing imported and every
 * refused row listed. A re-upload of a file already imported answers the original import's report.
 */
@Serdeable
@Schema(description = "What became of an uploaded ECM file")
public record EcmImportReport(
        @Schema(description = "The import, when the file was imported") @Nullable UUID importId,
        @Schema(description = "The SHA-256 of the file's bytes, in hex", maxLength = 64, example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String fileSha256,
        @Schema(description = "True when every row was imported, now or by an earlier upload of the same file") boolean imported,
        @Schema(description = "True when the same file had been imported before and nothing changed now") boolean alreadyImported,
        @Schema(description = "Visit rows read (lines after the header, blank lines left out)", example = "120") int rowsRead,
        @Schema(description = "Visits imported", example = "120") int rowsImported,
        @Schema(description = "When the file was imported") @Nullable Instant importedAt,
        @ArraySchema(maxItems = 100_000, arraySchema = @Schema(description = "Every refused row, in file order; empty when imported"))
        List<RefusedRow> refusedRows) {}
