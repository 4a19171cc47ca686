package uk.homecare.portal.ui.messaging;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.ui.i18n.Messages;

/** How a query reads to people: its type and status in words, dates as people write them (UK time). */
final class QueryWords {

    private QueryWords() {}

    static String type(Component view, QuerySummary query) {
        return view.getTranslation("query.type." + query.type());
    }

    static String status(Component view, QuerySummary query) {
        return view.getTranslation("query.status." + query.status());
    }

    /** "Answer due by 14 December 2026", or what it waits for no more. */
    static String due(Component view, QuerySummary query) {
        return query.dueOn() == null ? "" : view.getTranslation("query.dueOn.value", date(query.dueOn()));
    }

    static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(day);
    }

    static String dateTime(Component view, Instant at) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(UkTime.ZONE);
        return view.getTranslation("moment.dateTime", date(local.toLocalDate()), DateTimeFormatter.ofPattern("HH:mm").format(local));
    }

    private static Locale locale() {
        return UI.getCurrent() == null ? Messages.ENGLISH : UI.getCurrent().getLocale();
    }
}
