package uk.homecare.portal.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotProvider;
import uk.homecare.portal.api.reference.ServiceCategory;

@MappedEntity("lot")
record LotRow(
        @Id @AutoPopulated UUID id,
        UUID councilId,
        UUID frameworkId,
        String name,
        LotKind kind,
        @Nullable UUID zoneId,
        ServiceCategory serviceCategory,
        @Nullable Integer minWeeklyMinutes,
        @Nullable Integer maxWeeklyMinutes,
        boolean priceCompetition,
        int version) {

    Lot toApi(@Nullable String zoneName, List<LotProvider> providers) {
        return new Lot(id, frameworkId, name, kind, zoneId, zoneName, serviceCategory, minWeeklyMinutes,
                maxWeeklyMinutes, priceCompetition, providers, version);
    }
}
