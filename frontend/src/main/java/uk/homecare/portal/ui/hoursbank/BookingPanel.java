package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.api.hoursbank.BalanceAction;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.BookingLimits;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.problem.FieldMessages;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * Books a session (date, start time, length), or changes one, within the limits the API gives for the
 * person: the council's minimum visit, the longest session and the days the plan covers. A booking the
 * balance cannot cover is refused: the API's reason is shown next to the form, read out at once, and
 * what was typed stays.
 */
final class BookingPanel extends VerticalLayout {

    /** The API takes any whole minute; lengths are offered in quarter hours to keep the list short. */
    static final int OFFERED_STEP_MINUTES = 15;

    private final transient HoursBankClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Runnable booked;
    private final RecordForm<BookingForm> form;
    private final DatePicker date = new DatePicker();
    private final Select<Integer> length = new Select<>();
    private List<Integer> lengths = List.of();
    private final Paragraph refusal = new Paragraph();
    private final Button keep;
    private UUID personId;
    private Booking changing;
    private boolean mayBook;

    BookingPanel(HoursBankClient client, ApiCaller api, Problems problems, Runnable booked) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.booked = booked;
        setId("booking");
        setPadding(false);

        date.setId("booking-date");
        date.setLabel(getTranslation("booking.date"));
        // a day outside the limits is refused here saying the rule, not with an empty error
        date.setI18n(new DatePicker.DatePickerI18n()
                .setMaxErrorMessage(getTranslation("booking.date.tooLate"))
                .setMinErrorMessage(getTranslation("booking.date.tooEarly")));
        var start = new TimePicker(getTranslation("booking.startTime"));
        start.setId("booking-start");
        start.setStep(Duration.ofMinutes(15));
        start.setHelperText(getTranslation("booking.startTime.help"));
        length.setId("booking-minutes");
        length.setLabel(getTranslation("booking.minutes"));
        length.setItemLabelGenerator(minutes -> Words.length(this, minutes));

        form = new RecordForm<>("booking-form", BookingForm.class, "booking.new", "booking.book", this::send);
        form.with(date, start, length);
        String required = getTranslation("validation.required");
        form.binder().forField(date).asRequired(required).bind("date");
        form.binder().forField(start).asRequired(required).bind("startTime");
        form.binder().forField(length).asRequired(required).bind("minutes");

        refusal.setId("booking-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        refusal.setVisible(false);
        keep = new Button(getTranslation("booking.keep"), click -> startNew());
        keep.setId("booking-keep");
        keep.setVisible(false);
        add(form, refusal, keep);
    }

    /** A new booking for this person, once {@link #allow} says what the API allows. */
    void forPerson(UUID person) {
        personId = person;
        mayBook = false;
        setVisible(false);
    }

    /** The limits a booking must keep and whether the API lets this person book, from their balance. */
    void allow(BookingLimits limits, List<BalanceAction> actions) {
        int minimum = limits.minimumVisitMinutes();
        lengths = IntStream.iterate(minimum, m -> m <= limits.longestVisitMinutes(), m -> m + OFFERED_STEP_MINUTES).boxed().toList();
        length.setHelperText(getTranslation("booking.minutes.help", Words.inWords(this, minimum)));
        date.setMin(limits.firstDay());
        date.setMax(limits.lastDay());
        FieldMessages.of(date);
        // the API says the last day that can be booked (the 4-week window, or the plan's end): said beside the date
        date.setHelperText(limits.lastDay() == null ? null
                : getTranslation("booking.date.help", Words.day(this, limits.lastDay())));
        mayBook = actions.contains(BalanceAction.BOOK);
        if (changing == null) {
            startNew();
        }
    }

    private void startNew() {
        changing = null;
        length.setItems(lengths);
        form.setHeading(getTranslation("booking.new"));
        form.button().setText(getTranslation("booking.book"));
        ActionMark.mark(form.button(), BalanceAction.BOOK, personId);
        form.binder().readRecord(new BookingForm(null, null, null));
        refusal.setVisible(false);
        keep.setVisible(false);
        setVisible(mayBook);
    }

    /** Changes {@code booking}: its date, time and length are in the form to edit. */
    void change(Booking booking) {
        changing = booking;
        if (!lengths.contains(booking.minutes())) {
            // a length booked before the minimum changed, or not in 15-minute steps, can still be kept
            length.setItems(Stream.concat(lengths.stream(), Stream.of(booking.minutes())).sorted().toList());
        }
        form.setHeading(getTranslation("booking.changing", Words.day(this, booking.date()), Words.time(booking.startTime())));
        form.button().setText(getTranslation("booking.save"));
        ActionMark.mark(form.button(), BookingAction.CHANGE, booking.id());
        form.binder().readRecord(new BookingForm(booking.date(), booking.startTime(), booking.minutes()));
        refusal.setVisible(false);
        keep.setVisible(true);
        setVisible(true);
        date.focus();
    }

    private final SubmissionKey submission = new SubmissionKey();

    private void send(BookingForm booking) {
        refusal.setVisible(false);
        UUID person = personId;
        Booking old = changing;
        api.submit(auth -> old == null
                                ? client.bookSession(auth, person, submission.of(List.of(person, booking)), booking)
                                : client.changeBooking(auth, person, old.id(), booking),
                        form.binder(), this::refused)
                .ifPresent(result -> {
                    problems.showInfo(getTranslation(old == null ? "booking.booked" : "booking.changed",
                            Words.day(this, result.date()), Words.time(result.startTime()), Words.length(this, result.minutes())));
                    startNew();
                    booked.run();
                });
    }

    private void refused(Problem problem) {
        String reason = problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title();
        refusal.setText(reason == null || reason.isBlank() ? getTranslation("booking.refused") : reason);
        refusal.setVisible(true);
    }
}
