package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.ui.i18n.Messages;

/**
 * How the home page says things: amounts of time in words ("20 hours 30 minutes"), days ("Sunday 13
 * December"), times ("10:30"), and a titled section of facts, each a link to its page, that says so
 * when there is nothing to show.
 */
final class HomeWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private HomeWords() {}

    /** "12 hours 30 minutes". */
    static String hours(Component view, int minutes) {
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

    /** "Sunday 13 December", in the page's language. */
    static String day(Component view, LocalDate date) {
        return DateTimeFormatter.ofPattern(view.getTranslation("format.day"), locale()).format(date);
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "Monday 7 December at 14:00", the UK day and time of an instant. */
    static String moment(Component view, Instant at) {
        var local = at.atZone(UkTime.ZONE);
        return view.getTranslation("home.dayAtTime", day(view, local.toLocalDate()), time(local.toLocalTime()));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.ENGLISH : ui.getLocale();
    }

    /** A fact that links to the page it is about. */
    static Anchor link(String id, String href, String text) {
        var link = new Anchor(href, text);
        if (id != null) {
            link.setId(id);
        }
        return link;
    }

    /** A section headed {@code title} listing {@code facts}, or saying {@code empty} when there are none. */
    static VerticalLayout section(String id, String title, List<? extends Component> facts, String empty) {
        var section = new VerticalLayout();
        section.setId(id);
        section.setPadding(false);
        section.setSpacing(false);
        section.add(new H3(title));
        if (facts.isEmpty()) {
            var none = new Paragraph(empty);
            none.setId(id + "-empty");
            section.add(none);
        } else {
            var list = new UnorderedList();
            facts.forEach(fact -> list.add(new ListItem(fact)));
            section.add(list);
        }
        return section;
    }
}
