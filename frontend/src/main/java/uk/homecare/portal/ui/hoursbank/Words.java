package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import uk.homecare.portal.ui.i18n.Messages;

/** How hours, days and times read in the hours bank: "12 hours 30 minutes", "2 h 30 min", "Sunday 29 November", "10:30". */
final class Words {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Words() {}

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** "Sunday 29 November", in the page's language. */
    static String day(Component view, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(view.getTranslation("format.day"), locale()).format(date);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.ENGLISH : ui.getLocale();
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
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
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return view.getTranslation("duration.minutes", rest);
        }
        String whole = view.getTranslation("duration.hours", hours);
        return rest == 0 ? whole : view.getTranslation("duration.hoursMinutes", whole, view.getTranslation("duration.minutes", rest));
    }

    /** 1 for an amount read in the singular ("1 hour expires"), 2 otherwise. */
    static int grammaticalNumber(int minutes) {
        return minutes == 1 || minutes == 60 ? 1 : 2;
    }
}
