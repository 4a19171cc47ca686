package uk.homecare.portal.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Welsh Language Standards ask for every page in Welsh, fully working: every English text of the UI has a
 * Welsh text beside it in {@code messages_cy.properties}, with the same parameters, escaped the same way, and
 * not left in English. The same checks guard the backend's bundles (its own WelshIsCompleteTest).
 */
class WelshIsCompleteTest {

    private static final Path ENGLISH = Path.of("src/main/resources/messages.properties");
    private static final Path WELSH = Path.of("src/main/resources/messages_cy.properties");

    /**
     * Texts that are rightly the same in both languages. A text with no words (only parameters, punctuation or
     * symbols such as "{0} ({1})" or "£") is allowed without being listed here.
     */
    private static final Map<String, String> SAME_IN_BOTH = Map.of(
            "CHC", "the abbreviation of NHS continuing healthcare, kept in Welsh as NHS Wales uses it (docs/welsh-terms.md)",
            "Person", "the Welsh word for a person is the same as the English one",
            "EEEE d MMMM", "a date pattern, not words: the Welsh locale supplies the day and month names",
            "d MMM", "a date pattern, not words",
            "MMM yyyy", "a date pattern, not words",
            "d MMMM yyyy", "a date pattern, not words");

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final Properties english = load(ENGLISH);
    private final Properties welsh = load(WELSH);

    @Test
    void every_english_text_has_a_welsh_text_that_is_not_empty() {
        List<String> missing = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (welsh.getProperty(key, "").isBlank()) {
                missing.add(key);
            }
        }
        assertThat(new TreeSet<>(missing)).as("keys with no Welsh text").isEmpty();
    }

    @Test
    void the_welsh_bundle_has_no_key_the_english_one_lacks() {
        Set<String> extra = new TreeSet<>(welsh.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(extra).as("Welsh keys with no English text").isEmpty();
    }

    @Test
    void the_parameters_of_each_welsh_text_are_those_of_the_english_text() {
        List<String> different = new ArrayList<>();
        for (String key : both()) {
            String en = english.getProperty(key);
            String cy = welsh.getProperty(key);
            if (!parameters(en).equals(parameters(cy)) || isPattern(en) && !formats(en).equals(formats(cy))) {
                different.add(key + ": " + en + " | " + cy);
            }
        }
        assertThat(different).as("texts whose parameters differ").isEmpty();
    }

    @Test
    void apostrophes_are_escaped_as_the_english_text_escapes_them() {
        List<String> wrong = new ArrayList<>();
        for (String key : both()) {
            String cy = welsh.getProperty(key);
            boolean pattern = isPattern(english.getProperty(key));
            if (pattern ? LONE_APOSTROPHE.matcher(cy).find() : cy.contains("''")) {
                wrong.add(key + ": " + cy);
            }
        }
        assertThat(wrong).as("texts that are MessageFormat patterns write an apostrophe as '', the others as '").isEmpty();
    }

    @Test
    void no_welsh_text_is_left_in_english() {
        List<String> same = new ArrayList<>();
        for (String key : both()) {
            String cy = welsh.getProperty(key).strip();
            boolean words = WORD.matcher(PARAMETER.matcher(cy).replaceAll("")).find();
            if (cy.equals(english.getProperty(key).strip()) && words && !SAME_IN_BOTH.containsKey(cy)) {
                same.add(key + "=" + cy);
            }
        }
        assertThat(same).as("Welsh texts identical to the English (translate, or justify in SAME_IN_BOTH)").isEmpty();
    }

    @Test
    void the_welsh_file_is_utf8_so_it_is_read_as_written() throws IOException {
        // PropertyResourceBundle reads UTF-8 and silently falls back to ISO-8859-1 on a malformed byte,
        // which would turn every ŵ, ŷ and â into two wrong characters.
        byte[] bytes = Files.readAllBytes(WELSH);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(WELSH + " is not valid UTF-8", e);
        }
        assertThat(new Messages().getTranslation("lot.serviceCategory.OLDER_PEOPLE", Messages.WELSH)).isEqualTo("Pobl hŷn");
    }

    private Set<String> both() {
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        keys.retainAll(welsh.stringPropertyNames());
        return keys;
    }

    /** A text with {0}-style parameters is formatted by MessageFormat, which reads '' as one apostrophe. */
    private static boolean isPattern(String english) {
        return english.contains("''") || (english.contains("{") && !LONE_APOSTROPHE.matcher(english).find());
    }

    private static Set<String> parameters(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The kind of each top-level parameter: number patterns and choice limits must agree, words may not. */
    private static List<String> formats(String text) {
        if (!text.contains("{")) {
            return List.of();
        }
        List<String> kinds = new ArrayList<>();
        for (Format format : new MessageFormat(text, Locale.ROOT).getFormatsByArgumentIndex()) {
            kinds.add(switch (format) {
                case null -> "text";
                case ChoiceFormat choice -> "choice " + Arrays.toString(choice.getLimits());
                case DecimalFormat number -> "number " + number.toPattern();
                default -> format.getClass().getSimpleName();
            });
        }
        return kinds;
    }

    private static Properties load(Path file) {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
