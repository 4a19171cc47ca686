package uk.homecare.portal.api.council;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.OpenStageRule;

/**
 * A council's settings in one place: the shortest visit a package or booking may have, the brokerage
 * policy (each stage's response window, how the OPEN stage ends, the hand-back notice: shown here, set by
 * the council's commissioners through {@link BrokeragePolicy}, so sent back as loaded), the council's
 * default language, whether its staff must sign in with a second factor, the name its e-mails come
 * from, and how many days a provider has to answer a variation of a package. Sent back whole with the {@code version} that was loaded: a change made since is refused (409).
 */
@Serdeable
public record CouncilSettings(
        @Schema(description = "The shortest visit, in minutes", example = "30")
        @NotNull @Min(MIN_VISIT) @Max(MAX_VISIT) Integer minVisitMinutes,
        @Schema(example = "1440") @NotNull @Min(BrokeragePolicy.MIN_WINDOW) @Max(BrokeragePolicy.MAX_WINDOW) Integer primaryWindowMinutes,
        @Schema(example = "1440") @NotNull @Min(BrokeragePolicy.MIN_WINDOW) @Max(BrokeragePolicy.MAX_WINDOW) Integer secondaryWindowMinutes,
        @Schema(example = "2880") @NotNull @Min(BrokeragePolicy.MIN_WINDOW) @Max(BrokeragePolicy.MAX_WINDOW) Integer openWindowMinutes,
        @NotNull OpenStageRule openStageRule,
        @Schema(example = "14") @NotNull @Min(0) @Max(BrokeragePolicy.MAX_NOTICE_DAYS) Integer handBackNoticeDays,
        @Schema(description = "The council's default language: en (English) or cy (Welsh)", example = "en", allowableValues = {"en", "cy"})
        @NotNull @Pattern(regexp = "en|cy", message = "must be en or cy") String language,
        @Schema(description = "Whether the council's staff must sign in with a second factor", example = "false")
        @NotNull Boolean mfaRequired,
        @Schema(description = "The name the council's e-mails come from", maxLength = MAX_SENDER_NAME, example = "Coventry City Council")
        @NotBlank @Size(max = MAX_SENDER_NAME)
        @Pattern(regexp = SENDER_NAME_PATTERN, message = "must be letters, digits, spaces and . , ' & ( ) - only") String emailSenderName,
        @Schema(description = "The version you loaded", maximum = "2147483647", example = "3") @NotNull @Min(0) Integer version,
        @Schema(description = "Whole days a provider has to answer a proposed variation of a package before it lapses; "
                + "absent: unchanged", minimum = "1", maximum = "28", example = "5")
        @Nullable @Min(1) @Max(MAX_VARIATION_RESPONSE_DAYS) Integer variationResponseDays,
        @Schema(description = "How many days a suspended package is held for its provider while the person is in hospital, from the "
                + "admission; when they pass the council and the provider are told. Absent: unchanged", example = "14")
        @Nullable @Min(MIN_HOLD_DAYS) @Max(MAX_HOLD_DAYS) Integer hospitalHoldDays,
        @Schema(description = "Hours a ROUTINE package may wait for a provider after publishing before it becomes an emergency; "
                + "absent: unchanged", minimum = "1", maximum = "2160", example = "336")
        @Nullable @Min(1) @Max(MAX_ROUTINE_WINDOW_HOURS) Integer routineWindowHours,
        @Schema(description = "Hours an URGENT package may wait before it becomes an emergency; at most the routine window. "
                + "Absent: unchanged", minimum = "1", maximum = "336", example = "48")
        @Nullable @Min(1) @Max(MAX_URGENT_WINDOW_HOURS) Integer urgentWindowHours,
        @Schema(description = "Hours a FAST_TRACK_CHC package may wait before it becomes an emergency; at most the urgent window "
                + "(NHS guidance expects fast-track care in place within 48 hours). Absent: unchanged", minimum = "1", maximum = "48",
                example = "4")
        @Nullable @Min(1) @Max(MAX_FAST_TRACK_WINDOW_HOURS) Integer fastTrackWindowHours) {

    /** The longest window of a ROUTINE package, in hours: 90 days. */
    public static final int MAX_ROUTINE_WINDOW_HOURS = 2160;
    /** The longest window of an URGENT package, in hours: 14 days. */
    public static final int MAX_URGENT_WINDOW_HOURS = 336;
    /** The longest window of a FAST_TRACK_CHC package, in hours: NHS guidance expects fast-track care within 48 hours. */
    public static final int MAX_FAST_TRACK_WINDOW_HOURS = 48;
    /** The windows of a council that has not set its own, in hours: 14 days, 48 hours, 4 hours. */
    public static final int DEFAULT_ROUTINE_WINDOW_HOURS = 336;
    public static final int DEFAULT_URGENT_WINDOW_HOURS = 48;
    public static final int DEFAULT_FAST_TRACK_WINDOW_HOURS = 4;

    public static final int MAX_VARIATION_RESPONSE_DAYS = 28;
    public static final int MIN_HOLD_DAYS = 1;
    public static final int MAX_HOLD_DAYS = 90;

    @Creator
    public CouncilSettings {}

    /** The settings without the variation window or the hospital hold period: sent, they leave the council's as they are. */
    public CouncilSettings(Integer minVisitMinutes, Integer primaryWindowMinutes, Integer secondaryWindowMinutes,
            Integer openWindowMinutes, OpenStageRule openStageRule, Integer handBackNoticeDays, String language, Boolean mfaRequired,
            String emailSenderName, Integer version) {
        this(minVisitMinutes, primaryWindowMinutes, secondaryWindowMinutes, openWindowMinutes, openStageRule, handBackNoticeDays,
                language, mfaRequired, emailSenderName, version, null, null);
    }

    /** The settings without the urgencies' windows: sent, they leave the council's as they are. */
    public CouncilSettings(Integer minVisitMinutes, Integer primaryWindowMinutes, Integer secondaryWindowMinutes,
            Integer openWindowMinutes, OpenStageRule openStageRule, Integer handBackNoticeDays, String language, Boolean mfaRequired,
            String emailSenderName, Integer version, @Nullable Integer variationResponseDays, @Nullable Integer hospitalHoldDays) {
        this(minVisitMinutes, primaryWindowMinutes, secondaryWindowMinutes, openWindowMinutes, openStageRule, handBackNoticeDays,
                language, mfaRequired, emailSenderName, version, variationResponseDays, hospitalHoldDays, null, null, null);
    }

    /** The same settings with the urgencies' windows given, in hours. */
    public CouncilSettings withUrgencyWindows(@Nullable Integer routine, @Nullable Integer urgent, @Nullable Integer fastTrack) {
        return new CouncilSettings(minVisitMinutes, primaryWindowMinutes, secondaryWindowMinutes, openWindowMinutes, openStageRule,
                handBackNoticeDays, language, mfaRequired, emailSenderName, version, variationResponseDays, hospitalHoldDays, routine,
                urgent, fastTrack);
    }

    public static final int MIN_VISIT = 15;
    public static final int MAX_VISIT = 240;
    public static final int MAX_SENDER_NAME = 70;
    /** A display name that needs no quoting in a mail header and cannot break one: no line breaks, quotes or angle brackets. */
    public static final String SENDER_NAME_PATTERN = "[\\p{L}\\p{N} .,'&()\\-]+";

}
