package uk.homecare.portal.notification;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The people-facing words of notifications and e-mails, from {@code i18n/notifications*.properties}. */
final class Texts {

    private static final String BUNDLE = "i18n.notifications";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    /** The text of a message in the user's language ({@code en} or {@code cy}; English when there is no translation). */
    static String render(String key, List<String> args, String language) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
    }

    static Email email(String key, List<String> args, String language) {
        String text = render(key, args, language);
        return new Email(render(key + ".subject", args, language), render("email.body", List.of(text), language));
    }

    /** A subject and a plain-text body. */
    record Email(String subject, String body) {}
}
