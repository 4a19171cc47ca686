package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.ui.forms.ActionMark;

/**
 * The sessions of a period as a calendar in words: a heading for each week, under it a heading for each
 * day with sessions, and that day's sessions as a list. Headings let a screen reader jump week to week
 * and day to day; each session's Change and Cancel buttons say which session they act on.
 */
final class BookingsList extends VerticalLayout {

    private final transient Consumer<Booking> change;
    private final transient Consumer<Booking> cancel;
    private final VerticalLayout weeks = new VerticalLayout();
    private final H3 title = new H3();

    BookingsList(Consumer<Booking> change, Consumer<Booking> cancel) {
        this.change = change;
        this.cancel = cancel;
        setId("hours-bookings");
        setPadding(false);
        weeks.setPadding(false);
        title.setId("hours-bookings-title");
        whose(null);
        add(title, weeks);
    }

    /** Whose sessions these are: {@code null} for the person's own ("Your sessions"), else their name ("Sam Taylor's sessions"). */
    void whose(String name) {
        title.setText(name == null ? getTranslation("bookings.title") : getTranslation("bookings.title.whose", name));
    }

    /** Shows the sessions from {@code from} to {@code to}, each with the Change and Cancel the API lists on it. */
    void show(List<Booking> bookings, LocalDate from, LocalDate to) {
        weeks.removeAll();
        if (bookings.isEmpty()) {
            weeks.add(new Paragraph(getTranslation("bookings.none", Words.day(this, from), Words.day(this, to))));
            return;
        }
        LocalDate week = null;
        LocalDate day = null;
        UnorderedList sessions = null;
        for (Booking booking : bookings.stream()
                .sorted(Comparator.comparing(Booking::date).thenComparing(Booking::startTime))
                .toList()) {
            if (!Words.monday(booking.date()).equals(week)) {
                week = Words.monday(booking.date());
                weeks.add(new H4(getTranslation("bookings.week", Words.day(this, week))));
            }
            if (!booking.date().equals(day)) {
                day = booking.date();
                sessions = new UnorderedList();
                weeks.add(new H5(Words.day(this, day)), sessions);
            }
            sessions.add(item(booking));
        }
    }

    private ListItem item(Booking booking) {
        var item = new ListItem();
        item.setId("booking-" + booking.id());
        String start = Words.time(booking.startTime());
        String end = Words.time(booking.startTime().plusMinutes(booking.minutes()));
        item.add(new Span(getTranslation("booking.summary", start, end, Words.length(this, booking.minutes()),
                getTranslation("booking.status." + booking.status()))));
        if (booking.deliveredMinutes() != null) {
            item.add(new Span(" " + getTranslation("booking.delivered", Words.length(this, booking.deliveredMinutes()))));
        }
        String day = Words.day(this, booking.date());
        if (booking.actions().contains(BookingAction.CHANGE)) {
            item.add(button(booking, BookingAction.CHANGE, getTranslation("booking.change.named", day, start), change));
        }
        if (booking.actions().contains(BookingAction.CANCEL)) {
            item.add(button(booking, BookingAction.CANCEL, getTranslation("booking.cancel.named", day, start), cancel));
        }
        return item;
    }

    private Button button(Booking booking, BookingAction action, String ariaLabel, Consumer<Booking> onClick) {
        String name = action.name().toLowerCase();
        var button = new Button(getTranslation("booking." + name), click -> onClick.accept(booking));
        button.setId("booking-" + booking.id() + "-" + name);
        ActionMark.mark(button, action, booking.id());
        button.setAriaLabel(ariaLabel);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        return button;
    }
}
