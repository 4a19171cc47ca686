package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.ui.i18n.Messages;

/** How instants read to people: a UK date and time in words, how long something has waited, how long a window has left. */
final class Moments {

    private Moments() {}

    /** "3 December 2026 at 14:05", UK time; nothing for no moment. */
    static String dateTime(Component view, Instant at) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(UkTime.ZONE);
        return view.getTranslation("moment.dateTime", date(view, local.toLocalDate()),
                DateTimeFormatter.ofPattern("HH:mm").format(local));
    }

    /** "3 December 2026"; nothing for no date. */
    static String date(Component view, LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(day);
    }

    static Locale locale() {
        return UI.getCurrent() == null ? Messages.ENGLISH : UI.getCurrent().getLocale();
    }

    /** How long since {@code at}, e.g. "2 d 3 h"; empty when it has not happened. */
    static String since(Component view, Instant at, Instant now) {
        return at == null ? "" : duration(view, Duration.between(at, now));
    }

    /** "in 3 h" or "20 min ago"; "No window" when there is none. */
    static String until(Component view, Instant end, Instant now) {
        if (end == null) {
            return view.getTranslation("moment.noWindow");
        }
        Duration left = Duration.between(now, end);
        return left.isNegative()
                ? view.getTranslation("moment.ago", duration(view, left.negated()))
                : view.getTranslation("moment.in", duration(view, left));
    }

    static String duration(Component view, Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return view.getTranslation("moment.days", days, hours);
        }
        if (hours > 0) {
            return rest == 0
                    ? view.getTranslation("moment.hours", hours)
                    : view.getTranslation("moment.hoursMinutes", hours, rest);
        }
        return view.getTranslation("moment.minutes", rest);
    }
}
