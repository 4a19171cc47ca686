package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.layout.QueryIds;
import uk.homecare.portal.ui.person.PeoplePages;
import uk.homecare.portal.ui.person.PersonChooser;
import uk.homecare.portal.ui.person.PersonWords;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * "My hours": the balance, the sessions of this week and the next four, a form to book or change a
 * session (each offered as the API lists it, within the limits it gives), and the statement. A carer
 * linked to several people first chooses whom they act for, and is always told whom they are acting for.
 * The council's staff see anyone's hours without acting on them: they search the whole register for the
 * person, or {@code ?person=} names them (as the plans and people pages link).
 */
@Prototype
@RolesAllowed({"SERVICE_USER", "CARER", "COMMISSIONER", "ADMIN"})
@Route(value = "hours", layout = MainLayout.class)
public class MyHoursView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    public static final String PERSON_PARAMETER = "person";
    static final int WEEKS_SHOWN = 5;

    private final transient HoursBankClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Clock clock;
    private final Role role;
    private final Select<NamedRef> person = new Select<>();
    private final ComboBox<Person> anyone;
    private final transient PeoplePages register;
    private final Paragraph whom = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private final BalancePanel balance = new BalancePanel();
    private final BookingsList bookings;
    private final BookingPanel booking;
    private final StatementPanel statement;
    private UUID wanted;
    private NamedRef whose;

    MyHoursView(HoursBankClient client, PeoplePages register, ApiCaller api, Problems problems, CurrentUser currentUser, Clock clock) {
        this.client = client;
        this.register = register;
        this.api = api;
        this.problems = problems;
        this.clock = clock;
        this.role = currentUser.role().orElse(null);
        setId("my-hours");

        person.setId("hours-person");
        person.setLabel(getTranslation("hours.person"));
        person.setItemLabelGenerator(NamedRef::name);
        person.setHelperText(getTranslation("hours.person.help"));
        person.setVisible(false);
        person.addValueChangeListener(event -> show(event.getValue()));
        anyone = PersonChooser.create(register, getTranslation("hours.person"));
        anyone.setId("hours-person-search");
        anyone.setHelperText(getTranslation("hours.person.help.council"));
        anyone.setVisible(councilStaff());
        anyone.addValueChangeListener(event -> show(event.getValue() == null ? null
                : new NamedRef(event.getValue().id(), PersonWords.name(this, event.getValue()))));
        whom.setId("hours-whom");
        whom.getStyle().set("font-weight", "600");
        whom.getElement().setAttribute("role", "status");

        bookings = new BookingsList(this::change, this::confirmCancel);
        booking = new BookingPanel(client, api, problems, this::refresh);
        booking.setVisible(false);
        statement = new StatementPanel(client, api, clock);
        content.setPadding(false);
        content.add(balance, bookings, booking, statement);
        content.setVisible(false);
        add(new H2(getTranslation(title())), person, anyone, whom, content);
    }

    private String title() {
        return councilStaff() ? "hours.title.council" : "hours.title";
    }

    private boolean councilStaff() {
        return role == Role.COMMISSIONER || role == Role.ADMIN;
    }

    private boolean actsForOthers() {
        return role == Role.CARER;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        wanted = QueryIds.of(event, PERSON_PARAMETER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!councilStaff()) {
            api.fetch(client::listHoursBankPeople).ifPresent(this::offer);
        } else if (wanted != null) {
            register.one(wanted).ifPresentOrElse(anyone::setValue, () -> whom.setText(getTranslation("hours.choose")));
        } else {
            whom.setText(getTranslation("hours.choose"));
        }
    }

    private void offer(List<NamedRef> people) {
        person.setItems(people);
        person.setVisible(people.size() > 1);
        NamedRef choice = people.size() == 1
                ? people.get(0)
                : people.stream().filter(p -> Objects.equals(p.id(), wanted)).findFirst().orElse(null);
        if (choice != null) {
            person.setValue(choice);
        } else {
            whom.setText(getTranslation(people.isEmpty() ? nobodyKey() : "hours.choose"));
        }
    }

    private String nobodyKey() {
        return actsForOthers() ? "hours.nobody.carer" : "hours.nobody";
    }

    private void show(NamedRef chosen) {
        whose = chosen;
        content.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        whom.setText(switch (role) {
            case CARER -> getTranslation("hours.actingFor", chosen.name());
            case COMMISSIONER, ADMIN -> getTranslation("hours.viewing", chosen.name());
            default -> "";
        });
        whom.setVisible(!whom.getText().isEmpty());
        // a carer or the council reads someone else's sessions: the heading says whose
        bookings.whose(role == Role.SERVICE_USER ? null : chosen.name());
        booking.forPerson(chosen.id());
        statement.forPerson(chosen.id());
        refresh();
    }

    /** Reads the chosen person's balance and sessions again, e.g. after a booking changed them. */
    void refresh() {
        if (whose == null) {
            return;
        }
        UUID id = whose.id();
        String name = role == Role.SERVICE_USER ? null : whose.name();
        api.fetch(auth -> client.showHoursBalance(auth, id)).ifPresent(b -> {
            balance.show(b, name);
            booking.allow(b.limits(), b.actions());
        });
        LocalDate from = Words.monday(UkTime.today(clock));
        LocalDate to = from.plusWeeks(WEEKS_SHOWN).minusDays(1);
        api.fetch(auth -> client.listBookings(auth, id, from, to)).ifPresent(list -> bookings.show(list, from, to));
    }

    private void change(Booking chosen) {
        booking.change(chosen);
    }

    private void confirmCancel(Booking chosen) {
        String day = Words.day(this, chosen.date());
        String time = Words.time(chosen.startTime());
        var dialog = new ConfirmDialog();
        dialog.setId("booking-cancel-dialog");
        dialog.setHeader(getTranslation("booking.cancel.title"));
        dialog.setText(getTranslation("booking.cancel.text", day, time, Words.length(this, chosen.minutes())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("booking.cancel.keep"));
        // Lumo's own "tertiary" for this button draws its blue text on grey at 3.95:1 (WCAG 1.4.3 wants 4.5:1).
        dialog.setCancelButtonTheme("contrast");
        dialog.setConfirmText(getTranslation("booking.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> cancel(chosen));
        dialog.open();
    }

    private void cancel(Booking chosen) {
        UUID personId = whose.id();
        api.fetch(auth -> client.cancelBooking(auth, personId, chosen.id())).ifPresent(cancelled -> {
            refresh();
            problems.showInfo(getTranslation("booking.cancelled", Words.day(this, cancelled.date()), Words.length(this, cancelled.minutes())));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation(title());
    }
}
