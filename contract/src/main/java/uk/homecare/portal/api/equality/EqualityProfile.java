package uk.homecare.portal.api.equality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A person's equality answers as their council holds them: none (not recorded, or consent withdrawn) or the answers
 * recorded with consent, who consented and when, and who recorded them. For the council's commissioners only.
 */
@Serdeable
public record EqualityProfile(
        UUID personId,
        @Schema(description = "Whether answers are recorded (with consent) now") boolean recorded,
        @Nullable ConsentFrom consentFrom,
        @Schema(example = "2026-12-07") @Nullable LocalDate consentedOn,
        @Nullable Instant recordedAt,
        @Nullable NamedRef recordedBy,
        EqualityAnswers answers,
        @Schema(description = "Send it back when recording answers: 0 when none are recorded", example = "0") int version,
        @Schema(description = "What the caller may do now") List<EqualityAction> actions) {

    public EqualityProfile {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
