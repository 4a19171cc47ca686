package uk.homecare.portal.platform.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the API answers the current request in: the first of English or Welsh that its
 * {@code Accept-Language} names, else the signed-in person's own choice (set on the request by the account
 * check as {@link #PREFERENCE}), else English. Outside a request (jobs), English.
 */
public final class RequestLanguage {

    /** A request attribute holding the signed-in account's language, {@code en} or {@code cy}. */
    public static final String PREFERENCE = "portal.language";

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.of("cy");
    private static final List<Locale> SPOKEN = List.of(ENGLISH, WELSH);

    private RequestLanguage() {}

    public static Locale current() {
        return ServerRequestContext.currentRequest().map(RequestLanguage::of).orElse(ENGLISH);
    }

    static Locale of(HttpRequest<?> request) {
        return asked(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE))
                .or(() -> request.getAttribute(PREFERENCE, String.class).map(RequestLanguage::spoken))
                .orElse(ENGLISH);
    }

    /** The first language of the header, by its weights, that the portal speaks; a wildcard or a header that cannot be read names none. */
    static Optional<Locale> asked(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> range.getRange().split("-")[0])
                    .flatMap(language -> SPOKEN.stream().filter(spoken -> spoken.getLanguage().equals(language)))
                    .findFirst();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Locale spoken(String language) {
        return WELSH.getLanguage().equals(language) ? WELSH : ENGLISH;
    }
}
