package uk.homecare.portal.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.api.reference.ServiceType;

@MappedEntity("rate")
record RateRow(
        @Id @AutoPopulated UUID id,
        UUID councilId,
        ServiceType serviceType,
        int hourlyRatePence,
        @Nullable Integer floorPence,
        @Nullable Integer ceilingPence,
        LocalDate effectiveFrom,
        int version) {

    Rate toApi(@Nullable LocalDate effectiveTo) {
        return new Rate(id, serviceType, hourlyRatePence, floorPence, ceilingPence, effectiveFrom, effectiveTo, version);
    }
}
