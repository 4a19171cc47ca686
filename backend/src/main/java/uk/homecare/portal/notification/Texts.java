package uk.homecare.portal.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
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
        return new MessageFormat(bundle.getString(key), locale).format(args.stream().map(arg -> inWords(bundle, arg, locale)).toArray());
    }

    /**
     * An argument in words: a code the bundle has a word for ({@code word.PRIMARY}) as that word, a date as
     * {@link #inWords(String, Locale)}, a whole number as a number (so that a pattern may choose "day" or "days").
     */
    private static Object inWords(ResourceBundle bundle, String arg, Locale locale) {
        if (arg != null && bundle.containsKey("word." + arg)) {
            return bundle.getString("word." + arg);
        }
        return arg != null && WHOLE_NUMBER.matcher(arg).matches() ? Long.valueOf(arg) : inWords(arg, locale);
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    /** A date argument ({@code yyyy-mm-dd}) as people write it in the language, "19 December 2026"; any other as it is. */
    static String inWords(String arg, Locale locale) {
        if (arg == null || !ISO_DATE.matcher(arg).matches()) {
            return arg;
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(LocalDate.parse(arg));
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static Email email(String key, List<String> args, String language) {
        String text = render(key, args, language);
        return new Email(render(key + ".subject", args, language), render("email.body", List.of(text), language));
    }

    /** A subject and a plain-text body. */
    record Email(String subject, String body) {}
}
