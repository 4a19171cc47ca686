package uk.homecare.portal.api.reference;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A framework agreement: its start, initial term and optional extension, and so its latest end. */
@Serdeable
public record Framework(
        UUID id,
        String name,
        LocalDate startsOn,
        int initialTermMonths,
        int extensionMonths,
        LocalDate endsOn,
        LocalDate endsOnWithExtension,
        int version) {}
