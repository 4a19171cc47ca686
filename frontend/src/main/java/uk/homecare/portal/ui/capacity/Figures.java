package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.homecare.portal.ui.i18n.Messages;
import uk.homecare.portal.ui.reference.HoursToMinutes;

/** How capacity reads: minutes as hours ("1,200 h"), weeks and months ("3 Nov", "Nov 2026"), and badges. */
final class Figures {

    private Figures() {}

    /** Hours as a number, for charts. */
    static BigDecimal hours(int minutes) {
        return HoursToMinutes.hours(minutes);
    }

    /** "1,200", "37.5". */
    static String number(Number value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "1,200 h", "37.5 h"; empty for none. */
    static String hours(Component view, Integer minutes) {
        return minutes == null ? "" : view.getTranslation("capacity.hours", number(hours(minutes)));
    }

    /** "3 Nov", as a week is named on a chart's axis. */
    static String week(Component view, LocalDate date) {
        return format(view, "capacity.format.week", date);
    }

    /** "Nov 2026". */
    static String month(Component view, LocalDate date) {
        return format(view, "capacity.format.month", date);
    }

    /** "3 November 2026". */
    static String day(Component view, LocalDate date) {
        return format(view, "capacity.format.day", date);
    }

    private static String format(Component view, String patternKey, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(view.getTranslation(patternKey), locale()).format(date);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.ENGLISH : ui.getLocale();
    }

    /** A Lumo badge saying {@code text}; {@code theme} e.g. "error" or "success". */
    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }
}
