package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.ui.i18n.Messages;

/** How instants read to people: a UK date and time, how long something has waited, how long a window has left. */
final class Moments {

    private Moments() {}

    static String dateTime(Component view, Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(UI.getCurrent() == null ? Messages.ENGLISH : UI.getCurrent().getLocale())
                        .withZone(UkTime.ZONE)
                        .format(at);
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
