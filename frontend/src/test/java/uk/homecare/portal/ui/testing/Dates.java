package uk.homecare.portal.ui.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates written as the views write them in English, so that expected texts are computed from dates
 * relative to the test's clock rather than typed in.
 */
public final class Dates {

    private static final Locale ENGLISH = Locale.UK;

    private Dates() {}

    /** "Sunday 29 November", as the hours bank names a day. */
    public static String day(LocalDate date) {
        return format("EEEE d MMMM", date);
    }

    /** "23 November 2026", as capacity and the market name a day. */
    public static String fullDate(LocalDate date) {
        return format("d MMMM yyyy", date);
    }

    /** "Nov 2026", as market health names a month. */
    public static String month(LocalDate date) {
        return format("MMM yyyy", date);
    }

    private static String format(String pattern, LocalDate date) {
        return DateTimeFormatter.ofPattern(pattern, ENGLISH).format(date);
    }
}
