package uk.homecare.portal.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneKind;

@MappedEntity("zone")
record ZoneRow(
        @Id @AutoPopulated UUID id,
        UUID councilId,
        String code,
        String name,
        ZoneKind kind,
        @Nullable LocalDate retiredOn,
        int version) {

    Zone toApi() {
        return new Zone(id, code, name, kind, retiredOn, version);
    }
}
