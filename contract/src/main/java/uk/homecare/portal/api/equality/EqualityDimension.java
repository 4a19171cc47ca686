package uk.homecare.portal.api.equality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the equality report groups packages by: each protected characteristic (the person's answer, or UNKNOWN when not
 * given or not consented to), and whether the package's zone is urban or rural.
 */
public enum EqualityDimension {
    AGE_BAND(EqualityAnswers.AgeBand.values()),
    SEX(EqualityAnswers.Sex.values()),
    ETHNICITY(EqualityAnswers.Ethnicity.values()),
    DISABILITY(EqualityAnswers.YesNo.values()),
    RELIGION(EqualityAnswers.Religion.values()),
    SEXUAL_ORIENTATION(EqualityAnswers.SexualOrientation.values()),
    WELSH_SPEAKER(EqualityAnswers.YesNo.values()),
    /** The package's zone's kind (zone.kind): URBAN or RURAL. */
    URBAN_RURAL(new Enum<?>[0]);

    /** The group of a package whose person gave no answer (or no consent). */
    public static final String UNKNOWN = "UNKNOWN";

    private final List<String> groups;

    EqualityDimension(Enum<?>[] answers) {
        List<String> names = new ArrayList<>(Arrays.stream(answers).map(Enum::name).toList());
        if (answers.length == 0) {
            names.addAll(List.of("URBAN", "RURAL"));
        } else {
            names.add(UNKNOWN);
        }
        this.groups = List.copyOf(names);
    }

    /** Every group of the dimension, in the report's order: each answer (prefer not to say last of them), then UNKNOWN. */
    public List<String> groups() {
        return groups;
    }

    /** Whether it is one of the person's protected characteristics (rather than where they live). */
    public boolean characteristic() {
        return this != URBAN_RURAL;
    }

    /** The person's answer to this characteristic's question, or null when not given (and for URBAN_RURAL). */
    public @Nullable Enum<?> answer(EqualityAnswers answers) {
        return switch (this) {
            case AGE_BAND -> answers.ageBand();
            case SEX -> answers.sex();
            case ETHNICITY -> answers.ethnicity();
            case DISABILITY -> answers.disability();
            case RELIGION -> answers.religion();
            case SEXUAL_ORIENTATION -> answers.sexualOrientation();
            case WELSH_SPEAKER -> answers.welshSpeaker();
            case URBAN_RURAL -> null;
        };
    }

    /** The characteristics, in the form's order. */
    public static List<EqualityDimension> characteristics() {
        return Arrays.stream(values()).filter(EqualityDimension::characteristic).toList();
    }
}
