package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The first question of a person or a carer: how many hours are there to use, what expires next, and
 * when are the next sessions. One block per person whose hours the caller may see, each linking to
 * that person's hours page.
 */
final class HoursHome extends VerticalLayout {

    static final int NEXT_SESSIONS = 3;
    static final int WEEKS_AHEAD = 4;

    HoursHome(HoursBankClient client, ApiCaller api, Clock clock, boolean own) {
        setId("home-hours");
        setPadding(false);
        List<NamedRef> people = api.fetch(client::listHoursBankPeople).orElse(List.of());
        if (people.isEmpty()) {
            var none = new Paragraph(getTranslation(own ? "home.hours.none.you" : "home.hours.none.other"));
            none.setId("home-hours-empty");
            add(none);
            return;
        }
        LocalDate today = UkTime.today(clock);
        for (NamedRef person : people) {
            api.fetch(auth -> client.showHoursBalance(auth, person.id())).ifPresent(balance -> {
                List<Booking> bookings = api.fetch(auth -> client.listBookings(auth, person.id(), today, today.plusWeeks(WEEKS_AHEAD)))
                        .orElse(List.of());
                add(personBlock(person, balance, bookings, clock, own && people.size() == 1));
            });
        }
    }

    private VerticalLayout personBlock(NamedRef person, HoursBalance balance, List<Booking> bookings, Clock clock, boolean own) {
        String page = "hours?person=" + person.id();
        String whose = own ? null : person.name();
        List<Component> facts = new ArrayList<>();
        int minutes = balance.remainingMinutes();
        facts.add(HomeWords.link("home-balance-" + person.id(), page, minutes > 0
                ? getTranslation(own ? "hours.remaining.you" : "hours.remaining.other", HomeWords.hours(this, minutes), whose)
                : getTranslation(own ? "hours.remaining.none.you" : "hours.remaining.none.other", whose)));
        nextExpiry(balance).ifPresent(lot -> facts.add(HomeWords.link("home-expiry-" + person.id(), page,
                getTranslation("home.hours.expires", HomeWords.hours(this, lot.remainingMinutes()),
                        HomeWords.day(this, lot.expiresAfter()), HomeWords.grammaticalNumber(lot.remainingMinutes())))));
        var block = new VerticalLayout();
        block.setPadding(false);
        block.add(HomeWords.section("home-hours-" + person.id(),
                own ? getTranslation("home.hours.title.you") : getTranslation("home.hours.title.other", person.name()),
                facts, ""));
        List<Component> sessions = bookings.stream()
                .filter(b -> b.status() == BookingStatus.BOOKED && b.startsAt().isAfter(clock.instant()))
                .sorted(Comparator.comparing(Booking::startsAt))
                .limit(NEXT_SESSIONS)
                .map(b -> (Component) HomeWords.link(null, page, getTranslation("home.session", HomeWords.day(this, b.date()),
                        HomeWords.time(b.startTime()), HomeWords.hours(this, b.minutes()), b.provider().name())))
                .toList();
        block.add(HomeWords.section("home-sessions-" + person.id(), getTranslation("home.sessions.title"), sessions,
                getTranslation("home.sessions.none", WEEKS_AHEAD)));
        return block;
    }

    /** The lot that expires soonest among those with hours left. */
    private static java.util.Optional<HoursLot> nextExpiry(HoursBalance balance) {
        return (balance.lots() == null ? List.<HoursLot>of() : balance.lots()).stream()
                .filter(lot -> lot.remainingMinutes() > 0)
                .min(Comparator.comparing(HoursLot::expiresAfter));
    }
}
