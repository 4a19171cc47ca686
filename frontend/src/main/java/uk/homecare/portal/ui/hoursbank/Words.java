package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.Component;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import uk.homecare.portal.ui.i18n.TimeInWords;

/** How hours, days and times read in the hours bank: "12 hours 30 minutes", "2 h 30 min", "Sunday 29 November", "10:30". */
final class Words {

    private Words() {}

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String day(Component view, LocalDate date) {
        return TimeInWords.day(view, date);
    }

    static String time(LocalTime time) {
        return TimeInWords.time(time);
    }

    /** "2 h 30 min", for tables and lists. */
    static String length(Component view, Integer minutes) {
        if (minutes == null) {
            return "";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return view.getTranslation("moment.minutes", rest);
        }
        return rest == 0 ? view.getTranslation("moment.hours", hours) : view.getTranslation("moment.hoursMinutes", hours, rest);
    }

    /** "12 hours 30 minutes", for sentences. */
    static String inWords(Component view, int minutes) {
        return TimeInWords.duration(view, minutes);
    }

    static int grammaticalNumber(int minutes) {
        return TimeInWords.grammaticalNumber(minutes);
    }
}
