package uk.homecare.portal.api.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Recovery codes: each signs in once in place of a one-time code, for when the device is lost. Shown only
 * when made; the portal keeps only their hashes.
 */
@Serdeable
public record RecoveryCodes(
        @ArraySchema(minItems = 10, maxItems = 10, arraySchema = @Schema(description = "Ten codes, each usable once"),
                schema = @Schema(example = "k7qm-2xw9-hd4t"))
        List<String> codes) {

    public RecoveryCodes {
        codes = List.copyOf(codes);
    }

    @Override
    public String toString() {
        return "RecoveryCodes[" + codes.size() + "]";
    }
}
