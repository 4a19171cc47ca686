package uk.homecare.portal.ui.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts of time, days and times as a sentence says them, in the page's language: "12 hours 30 minutes", "Sunday 13 December", "10:30". */
public final class TimeInWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TimeInWords() {}

    /** "12 hours 30 minutes". */
    public static String duration(Component view, int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return view.getTranslation("duration.minutes", rest);
        }
        String whole = view.getTranslation("duration.hours", hours);
        return rest == 0 ? whole : view.getTranslation("duration.hoursMinutes", whole, view.getTranslation("duration.minutes", rest));
    }

    /** 1 for an amount read in the singular ("1 hour expires"), 2 otherwise. */
    public static int grammaticalNumber(int minutes) {
        return minutes == 1 || minutes == 60 ? 1 : 2;
    }

    /** "Sunday 13 December"; nothing for no date. */
    public static String day(Component view, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(view.getTranslation("format.day"), locale()).format(date);
    }

    /** "10:30"; nothing for no time. */
    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.ENGLISH : ui.getLocale();
    }
}
