package uk.homecare.portal.hoursbank;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import uk.homecare.portal.platform.problem.RequestLanguage;

/** Minutes and dates in the words people use: "2 hours 30 minutes", "Tuesday 1 December". */
final class Durations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private Durations() {}

    static String words(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        String h = hours == 1 ? "1 hour" : hours + " hours";
        String m = rest == 1 ? "1 minute" : rest + " minutes";
        if (hours == 0) {
            return m;
        }
        return rest == 0 ? h : h + " " + m;
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Sunday 3 January 2027", in the language the request asked for. */
    static String dayInWords(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", RequestLanguage.current()).format(date);
    }

    static LocalDate monday(LocalDate date) {
        return date.with(DayOfWeek.MONDAY);
    }

    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
