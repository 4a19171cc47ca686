package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.ui.i18n.TimeInWords;

/**
 * How the home page says things: amounts of time in words ("20 hours 30 minutes"), days ("Sunday 13
 * December"), times ("10:30"), and a titled section of facts, each a link to its page, that says so
 * when there is nothing to show.
 */
final class HomeWords {

    private HomeWords() {}

    /** "12 hours 30 minutes". */
    static String hours(Component view, int minutes) {
        return TimeInWords.duration(view, minutes);
    }

    static int grammaticalNumber(int minutes) {
        return TimeInWords.grammaticalNumber(minutes);
    }

    static String day(Component view, LocalDate date) {
        return TimeInWords.day(view, date);
    }

    static String time(LocalTime time) {
        return TimeInWords.time(time);
    }

    /** "Monday 7 December at 14:00", the UK day and time of an instant. */
    static String moment(Component view, Instant at) {
        var local = at.atZone(UkTime.ZONE);
        return view.getTranslation("home.dayAtTime", day(view, local.toLocalDate()), time(local.toLocalTime()));
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
