package uk.homecare.portal.platform;

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
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Welsh Language Standards ask for every message and e-mail in Welsh: every English text of the API's
 * problems ({@code i18n/api}) and of notifications and e-mails ({@code i18n/notifications}) has a Welsh text
 * beside it, with the same parameters, escaped the same way, and not left in English. A plain test: no
 * application context. The UI's bundle has the same checks (frontend WelshIsCompleteTest).
 */
class WelshIsCompleteTest {

    /** A bundle; {@code alwaysFormatted} when every text goes through MessageFormat, parameters or not. */
    private record Bundle(String name, boolean alwaysFormatted) {

        Path english() {
            return Path.of("src/main/resources/i18n/" + name + ".properties");
        }

        Path welsh() {
            return Path.of("src/main/resources/i18n/" + name + "_cy.properties");
        }
    }

    private static final List<Bundle> BUNDLES = List.of(
            // platform.problem.Problems formats every text with MessageFormat
            new Bundle("api", true),
            // notification.Texts formats every text with MessageFormat
            new Bundle("notifications", true));

    /**
     * Texts that are rightly the same in both languages, each with its reason. None is needed yet: every
     * backend text is a sentence. A text with no words (only parameters, punctuation or symbols) is allowed
     * without being listed.
     */
    private static final Map<String, String> SAME_IN_BOTH = Map.of();

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Test
    void every_english_text_has_a_welsh_text_that_is_not_empty() {
        List<String> missing = new ArrayList<>();
        for (Bundle bundle : BUNDLES) {
            Properties welsh = load(bundle.welsh());
            for (String key : load(bundle.english()).stringPropertyNames()) {
                if (welsh.getProperty(key, "").isBlank()) {
                    missing.add(bundle.name() + ": " + key);
                }
            }
        }
        assertThat(new TreeSet<>(missing)).as("keys with no Welsh text").isEmpty();
    }

    @Test
    void the_welsh_bundles_have_no_key_the_english_ones_lack() {
        List<String> extra = new ArrayList<>();
        for (Bundle bundle : BUNDLES) {
            Set<String> keys = new TreeSet<>(load(bundle.welsh()).stringPropertyNames());
            keys.removeAll(load(bundle.english()).stringPropertyNames());
            keys.forEach(key -> extra.add(bundle.name() + ": " + key));
        }
        assertThat(extra).as("Welsh keys with no English text").isEmpty();
    }

    @Test
    void the_parameters_of_each_welsh_text_are_those_of_the_english_text() {
        List<String> different = new ArrayList<>();
        for (Bundle bundle : BUNDLES) {
            Properties english = load(bundle.english());
            Properties welsh = load(bundle.welsh());
            for (String key : both(english, welsh)) {
                String en = english.getProperty(key);
                String cy = welsh.getProperty(key);
                boolean pattern = isPattern(en, bundle);
                if (!parameters(en).equals(parameters(cy)) || pattern && !formats(en).equals(formats(cy))) {
                    different.add(bundle.name() + ": " + key + ": " + en + " | " + cy);
                }
            }
        }
        assertThat(different).as("texts whose parameters differ").isEmpty();
    }

    @Test
    void apostrophes_are_escaped_as_the_english_text_escapes_them() {
        List<String> wrong = new ArrayList<>();
        for (Bundle bundle : BUNDLES) {
            Properties english = load(bundle.english());
            Properties welsh = load(bundle.welsh());
            for (String key : both(english, welsh)) {
                String cy = welsh.getProperty(key);
                boolean pattern = isPattern(english.getProperty(key), bundle);
                if (pattern ? LONE_APOSTROPHE.matcher(cy).find() : cy.contains("''")) {
                    wrong.add(bundle.name() + ": " + key + ": " + cy);
                }
            }
        }
        assertThat(wrong).as("texts MessageFormat formats write an apostrophe as '', the others as '").isEmpty();
    }

    @Test
    void no_welsh_text_is_left_in_english() {
        List<String> same = new ArrayList<>();
        for (Bundle bundle : BUNDLES) {
            Properties english = load(bundle.english());
            Properties welsh = load(bundle.welsh());
            for (String key : both(english, welsh)) {
                String cy = welsh.getProperty(key).strip();
                boolean words = WORD.matcher(PARAMETER.matcher(cy).replaceAll("")).find();
                if (cy.equals(english.getProperty(key).strip()) && words && !SAME_IN_BOTH.containsKey(cy)) {
                    same.add(bundle.name() + ": " + key + "=" + cy);
                }
            }
        }
        assertThat(same).as("Welsh texts identical to the English (translate, or justify in SAME_IN_BOTH)").isEmpty();
    }

    @Test
    void the_welsh_statement_has_the_columns_of_the_english_one() {
        String english = load(new Bundle("api", false).english()).getProperty("statement.header");
        String welsh = load(new Bundle("api", false).welsh()).getProperty("statement.header");
        assertThat(welsh.split(",", -1)).hasSameSizeAs(english.split(",", -1));
    }

    @Test
    void the_welsh_files_are_utf8_so_they_are_read_as_written() throws IOException {
        // PropertyResourceBundle reads UTF-8 and silently falls back to ISO-8859-1 on a malformed byte,
        // which would turn every ŵ, ŷ and â into two wrong characters.
        for (Bundle bundle : BUNDLES) {
            byte[] bytes = Files.readAllBytes(bundle.welsh());
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(bundle.welsh() + " is not valid UTF-8", e);
            }
        }
        ResourceBundle api = ResourceBundle.getBundle("i18n.api", Locale.forLanguageTag("cy"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(api.getString("problem.title.403")).isEqualTo("Dim caniatâd");
    }

    private static Set<String> both(Properties english, Properties welsh) {
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        keys.retainAll(welsh.stringPropertyNames());
        return keys;
    }

    /** A text MessageFormat formats reads '' as one apostrophe; the English file shows which texts those are. */
    private static boolean isPattern(String english, Bundle bundle) {
        return bundle.alwaysFormatted() || english.contains("''")
                || (english.contains("{") && !LONE_APOSTROPHE.matcher(english).find());
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
