package uk.homecare.portal.equality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.equality.EqualityAnswers;
import uk.homecare.portal.api.equality.EqualityDimension;

/**
 * How answers are stored in {@code equality_profile.answers} (jsonb): a key per question answered, named as the wire's
 * field, its value the answer's code. Read back one column per question, {@code a_<key>}.
 */
final class AnswerColumns {

    static final Map<EqualityDimension, String> KEYS = new EnumMap<>(Map.of(
            EqualityDimension.AGE_BAND, "ageBand",
            EqualityDimension.SEX, "sex",
            EqualityDimension.ETHNICITY, "ethnicity",
            EqualityDimension.DISABILITY, "disability",
            EqualityDimension.RELIGION, "religion",
            EqualityDimension.SEXUAL_ORIENTATION, "sexualOrientation",
            EqualityDimension.WELSH_SPEAKER, "welshSpeaker"));

    private AnswerColumns() {}

    /** The select list of each answer of {@code alias}'s row: {@code alias.answers ->> 'sex' as a_sex, ...}. */
    static String select(String alias) {
        List<String> columns = new ArrayList<>();
        KEYS.values().forEach(key -> columns.add(alias + ".answers ->> '" + key + "' as a_" + key));
        return String.join(", ", columns);
    }

    /** The SQL of the answers as jsonb from the parameters {@link #parameters} gives, questions not answered left out. */
    static String json() {
        List<String> pairs = new ArrayList<>();
        KEYS.values().forEach(key -> pairs.add("'" + key + "', ?::text"));
        return "jsonb_strip_nulls(jsonb_build_object(" + String.join(", ", pairs) + "))";
    }

    static List<Object> parameters(EqualityAnswers answers) {
        List<Object> parameters = new ArrayList<>();
        KEYS.keySet().forEach(dimension -> parameters.add(code(dimension.answer(answers))));
        return parameters;
    }

    /** The questions answered (their keys), never the answers. */
    static List<String> answered(EqualityAnswers answers) {
        List<String> answered = new ArrayList<>();
        KEYS.forEach((dimension, key) -> {
            if (dimension.answer(answers) != null) {
                answered.add(key);
            }
        });
        return answered;
    }

    /** The answer's code in the row's {@code a_<key>} column of the dimension, or null. */
    static @Nullable String code(ResultSet row, EqualityDimension dimension) throws SQLException {
        return row.getString("a_" + KEYS.get(dimension));
    }

    static EqualityAnswers answers(ResultSet row) throws SQLException {
        return new EqualityAnswers(
                value(EqualityAnswers.AgeBand.class, code(row, EqualityDimension.AGE_BAND)),
                value(EqualityAnswers.Sex.class, code(row, EqualityDimension.SEX)),
                value(EqualityAnswers.Ethnicity.class, code(row, EqualityDimension.ETHNICITY)),
                value(EqualityAnswers.YesNo.class, code(row, EqualityDimension.DISABILITY)),
                value(EqualityAnswers.Religion.class, code(row, EqualityDimension.RELIGION)),
                value(EqualityAnswers.SexualOrientation.class, code(row, EqualityDimension.SEXUAL_ORIENTATION)),
                value(EqualityAnswers.YesNo.class, code(row, EqualityDimension.WELSH_SPEAKER)));
    }

    private static @Nullable String code(@Nullable Enum<?> answer) {
        return answer == null ? null : answer.name();
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String code) {
        return code == null ? null : Enum.valueOf(type, code);
    }
}
