package uk.homecare.portal.api.equality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A person's answers to the equality monitoring questions. Every answer is optional (null: not given, reported as
 * UNKNOWN) and every question can be answered "prefer not to say".
 */
@Serdeable
public record EqualityAnswers(
        @Nullable AgeBand ageBand,
        @Nullable Sex sex,
        @Nullable Ethnicity ethnicity,
        @Nullable YesNo disability,
        @Nullable Religion religion,
        @Nullable SexualOrientation sexualOrientation,
        @Nullable YesNo welshSpeaker) {

    /** No answers at all. */
    public static EqualityAnswers none() {
        return new EqualityAnswers(null, null, null, null, null, null, null);
    }

    /** Age, in the bands adult social care reports by. */
    public enum AgeBand { AGE_18_TO_64, AGE_65_TO_74, AGE_75_TO_84, AGE_85_AND_OVER, PREFER_NOT_TO_SAY }

    /** Sex (Equality Act 2010). */
    public enum Sex { FEMALE, MALE, PREFER_NOT_TO_SAY }

    /** Ethnic group, the census's five high-level groups. */
    public enum Ethnicity { ASIAN, BLACK, MIXED, WHITE, OTHER, PREFER_NOT_TO_SAY }

    /** Religion or belief, the census's groups. */
    public enum Religion { NO_RELIGION, CHRISTIAN, BUDDHIST, HINDU, JEWISH, MUSLIM, SIKH, OTHER, PREFER_NOT_TO_SAY }

    /** Sexual orientation, the census's groups. */
    public enum SexualOrientation { HETEROSEXUAL, GAY_OR_LESBIAN, BISEXUAL, OTHER, PREFER_NOT_TO_SAY }

    /** A yes or no question: disability (Equality Act 2010), Welsh speaker. */
    public enum YesNo { YES, NO, PREFER_NOT_TO_SAY }
}
