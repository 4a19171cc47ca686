package uk.homecare.portal.reference;

import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.reference.Framework;

@MappedEntity("framework")
record FrameworkRow(
        @Id @AutoPopulated UUID id,
        UUID councilId,
        String name,
        LocalDate startsOn,
        int initialTermMonths,
        int extensionMonths,
        int version) {

    /** The last day of the initial term, and of the term with every extension taken. */
    Framework toApi() {
        LocalDate endsOn = startsOn.plusMonths(initialTermMonths).minusDays(1);
        LocalDate endsWithExtension = startsOn.plusMonths(initialTermMonths + extensionMonths).minusDays(1);
        return new Framework(id, name, startsOn, initialTermMonths, extensionMonths, endsOn, endsWithExtension, version);
    }
}
