package uk.homecare.portal.api.brokerage;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * Whether the caller, a commissioner, is on duty for emergencies, and who of their council is. Emergencies are told to the
 * commissioners on duty; when nobody is, to every commissioner of the council.
 */
@Serdeable
public record Duty(
        @Schema(description = "Whether you are on duty") boolean onDuty,
        @Schema(description = "Since when you are on duty; absent when you are not", example = "2026-12-07T08:00:00Z")
        @Nullable Instant onDutySince,
        @Schema(description = "The names of your council's commissioners on duty now, you included; empty: emergencies go to every "
                + "commissioner of the council") List<String> onDutyNow) {

    @Creator
    public Duty {
        onDutyNow = onDutyNow == null ? List.of() : List.copyOf(onDutyNow);
    }
}
