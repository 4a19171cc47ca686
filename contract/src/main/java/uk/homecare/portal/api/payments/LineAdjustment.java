package uk.homecare.portal.api.payments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Pay a line with an exception for other minutes, saying why. A line that had no rate needs the hourly rate to pay it at;
 * a line with a rate keeps it (leave the rate out).
 */
@Serdeable
@Schema(description = "Pay a line with an exception for the minutes given, saying why")
public record LineAdjustment(
        @NotNull UUID lineId,
        @Schema(description = "Minutes to pay (all carers together)", example = "30") @NotNull @Min(0) @Max(MOST_MINUTES) Integer paidMinutes,
        @Schema(description = "Only for a line that had no rate: the hourly rate to pay it at", example = "2350")
        @Nullable @Min(1) @Max(1_000_000) Integer hourlyRatePence,
        @Schema(example = "Carer stayed on while the ambulance came") @NotBlank @Size(max = REASON_MAX_LENGTH) String reason) {

    public static final int MOST_MINUTES = 24 * 60 * 10;
    public static final int REASON_MAX_LENGTH = 500;
}
