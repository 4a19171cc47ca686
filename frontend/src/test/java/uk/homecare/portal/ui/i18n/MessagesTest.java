package uk.homecare.portal.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.ServiceType;
import uk.homecare.portal.api.reference.ZoneKind;

class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/uk/homecare/portal/ui");
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");
    private static final Set<String> NOT_KEYS = Set.of("ui.enabled");

    private final Messages messages = new Messages();

    @Test
    void every_key_the_ui_code_names_is_in_the_bundle() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.removeAll(NOT_KEYS);
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(messages.keys()).containsAll(used);
    }

    @Test
    void every_value_the_api_sends_has_a_label() {
        assertLabels("role.", Role.values());
        assertLabels("zone.kind.", ZoneKind.values());
        assertLabels("lot.kind.", LotKind.values());
        assertLabels("lot.serviceCategory.", ServiceCategory.values());
        assertLabels("lot.tier.", LotTier.values());
        assertLabels("rate.serviceType.", ServiceType.values());
    }

    private void assertLabels(String prefix, Enum<?>... values) {
        for (Enum<?> value : values) {
            assertThat(messages.keys()).contains(prefix + value.name());
        }
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(messages.getTranslation("home.welcome", Locale.UK, "Cora")).isEqualTo("Welcome, Cora");
    }

    @Test
    void a_missing_key_shows_a_marker_instead_of_failing() {
        assertThat(messages.getTranslation("no.such.key", Locale.UK)).isEqualTo("!{no.such.key}!");
    }

    @Test
    void english_and_welsh_are_offered_and_other_languages_fall_back_to_english() {
        assertThat(messages.getProvidedLocales()).containsExactly(Messages.ENGLISH, Messages.WELSH);
        assertThat(messages.getTranslation("app.name", Messages.WELSH)).isEqualTo("Porth Gofal Cartref");
        assertThat(messages.getTranslation("home.welcome", Messages.WELSH, "Cora")).isEqualTo("Croeso, Cora");
        assertThat(messages.getTranslation("app.name", Locale.FRENCH)).isEqualTo("Homecare Portal");
    }
}
