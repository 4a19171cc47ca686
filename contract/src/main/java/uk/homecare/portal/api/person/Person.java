package uk.homecare.portal.api.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

/** A person care is commissioned for, as their council's register holds them. Seen only by their council's staff. */
@Serdeable
public record Person(
        UUID id,
        @Schema(example = "Margaret") String givenName,
        @Schema(example = "Okafor") String familyName,
        @Schema(example = "1941-03-14") @Nullable LocalDate dateOfBirth,
        @Schema(example = "9434765919") @Nullable String nhsNumber,
        @Schema(example = "14 Spon End") @Nullable String addressLine,
        @Schema(example = "CV1 3BH") @Nullable String postcode,
        @Schema(description = "Send it back when correcting the record", example = "2") int version,
        @Schema(description = "The language the person is written to in: en (English) or cy (Welsh)", example = "en") String language) {

    /** A person written to in English. */
    public Person(UUID id, String givenName, String familyName, @Nullable LocalDate dateOfBirth, @Nullable String nhsNumber,
            @Nullable String addressLine, @Nullable String postcode, int version) {
        this(id, givenName, familyName, dateOfBirth, nhsNumber, addressLine, postcode, version, "en");
    }
}
