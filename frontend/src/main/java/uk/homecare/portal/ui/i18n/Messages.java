package uk.homecare.portal.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The translations, read from the {@code messages} bundle. A missing key renders as
 * {@code !{key}!}, the marker Vaadin's own provider uses, so tests can look for it.
 */
@Singleton
public class Messages implements I18NProvider {

    public static final String BUNDLE = "messages";
    public static final Locale ENGLISH = Locale.UK;
    public static final Locale WELSH = Locale.of("cy", "GB");

    private final List<Locale> locales;

    public Messages() {
        List<Locale> provided = new ArrayList<>(List.of(ENGLISH));
        if (Messages.class.getClassLoader().getResource(BUNDLE + "_cy.properties") != null) {
            provided.add(WELSH);
        }
        this.locales = Collections.unmodifiableList(provided);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return locales;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return missing(key);
        }
    }

    /** The translation in the current UI's locale (or English outside a UI). */
    public String get(String key, Object... params) {
        UI ui = UI.getCurrent();
        return getTranslation(key, ui == null ? ENGLISH : ui.getLocale(), params);
    }

    public Set<String> keys() {
        return bundle(ENGLISH).keySet();
    }

    public static String missing(String key) {
        return "!{" + key + "}!";
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale == null ? ENGLISH : locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
