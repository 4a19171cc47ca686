package uk.homecare.portal.api.equality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One cell of the equality report: its value, or none when it is suppressed (and then why), or none when there is nothing
 * to measure (a median of no awards). A suppressed value never leaves the server.
 */
@Serdeable
public record Figure(
        @Schema(description = "The value; null when suppressed or when there is nothing to measure") @Nullable Integer value,
        Suppression suppression) {

    public static Figure shown(int value) {
        return new Figure(value, Suppression.NONE);
    }

    public static Figure nothing() {
        return new Figure(null, Suppression.NONE);
    }

    public static Figure suppressed(Suppression why) {
        return new Figure(null, why);
    }

    public boolean withheld() {
        return suppression != Suppression.NONE;
    }
}
