package uk.homecare.portal.ui.testing;

import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.hoursbank.BookingLimits;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.api.hoursbank.BalanceAction;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.api.identity.Bearer;

/**
 * The hours bank API in memory, recording calls (the last person, booking and period of sessions named,
 * and every statement asked for) and failing on request as every {@link FakeApi} does. Who may see whose hours follows the fake identities: Sue
 * herself, Carl his mother, Cath both people she cares for (the council's staff find people in the register instead). Booking draws
 * from the kept balance and cancelling gives it back, so views that reload show the change.
 */
@Singleton
@Replaces(HoursBankClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeHoursBankClient extends FakeApi implements HoursBankClient {

    public static final NamedRef PROVIDER = new NamedRef(UUID.randomUUID(), "Caring Hands Ltd");
    public static final int MINIMUM_VISIT_MINUTES = 30;

    /** A statement asked for: whose, and the period. */
    public record Statement(UUID personId, LocalDate from, LocalDate to) {}

    public final Map<String, List<NamedRef>> peopleOf = new HashMap<>();
    public final Map<UUID, HoursBalance> balances = new HashMap<>();
    public final List<Booking> bookings = new ArrayList<>();
    /** The Idempotency-Key of each booking asked for, in order. */
    public final List<@Nullable String> bookingKeys = new ArrayList<>();
    public final List<HoursPlan> plans = new ArrayList<>();
    public LedgerCheck ledgerCheck;
    public String statementCsv;
    public final List<Statement> statements = new ArrayList<>();
    public byte[] statementPdf;
    public final List<Statement> printableStatements = new ArrayList<>();
    public UUID lastPersonId;
    public UUID lastBookingId;
    public LocalDate lastFrom;
    public LocalDate lastTo;
    private final MovableClock clock;
    private final FakeIdentityClient identity;

    public FakeHoursBankClient(MovableClock clock, FakeIdentityClient identity) {
        this.clock = clock;
        this.identity = identity;
    }

    /** The limits the fake council holds bookings to without a plan: a 30-minute minimum visit, from today with no end. */
    public BookingLimits limits() {
        return limits(null);
    }

    /**
     * As the API gives them: a 30-minute minimum visit, from today (or the plan's start) to the last day that can be
     * booked now: the end of the four-week window (this week's hours last to the Sunday four weeks on), or the plan's
     * last usable day if sooner.
     */
    private BookingLimits limits(HoursPlan plan) {
        LocalDate first = plan == null || plan.startsOn().isBefore(clock.today()) ? clock.today() : plan.startsOn();
        LocalDate windowEnd = clock.today().with(java.time.DayOfWeek.MONDAY).plusDays(27);
        LocalDate planEnd = lastUsableDay(plan);
        return new BookingLimits(MINIMUM_VISIT_MINUTES, BookingForm.LONGEST_MINUTES, first,
                planEnd != null && planEnd.isBefore(windowEnd) ? planEnd : windowEnd);
    }

    /** Hours of a plan that ends may be used until four weeks after the Monday of its last week, as the API allows. */
    private static LocalDate lastUsableDay(HoursPlan plan) {
        return plan == null || plan.endsOn() == null ? null
                : plan.endsOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(27);
    }

    /** The balance with BOOK for a person or carer while the plan's cover lasts, as the backend gives it. */
    private HoursBalance allowed(Bearer caller, HoursBalance b) {
        LocalDate last = lastUsableDay(b.plan());
        boolean covered = b.plan() != null && (last == null || !last.isBefore(clock.today()));
        boolean mayBook = identity.may(caller, Capability.BOOK_HOURS) && covered;
        return new HoursBalance(b.person(), b.plan(), b.remainingMinutes(), b.expiringWithinAWeekMinutes(), b.nextExpiry(), b.lots(),
                b.limits() == null ? limits(b.plan()) : b.limits(), mayBook ? List.of(BalanceAction.BOOK) : List.of());
    }

    /** The session with what the caller may do now: change or cancel before it starts, record it from its day. */
    private Booking allowed(Bearer caller, Booking b) {
        List<BookingAction> actions = new ArrayList<>();
        boolean booked = b.status() == BookingStatus.BOOKED;
        if (identity.may(caller, Capability.BOOK_HOURS) && booked && b.startsAt().isAfter(clock.instant())) {
            actions.add(BookingAction.CHANGE);
            actions.add(BookingAction.CANCEL);
        }
        if (identity.may(caller, Capability.RECORD_DELIVERY) && booked && !b.date().isAfter(clock.today())) {
            actions.add(BookingAction.RECORD_DELIVERY);
        }
        return b.withActions(actions);
    }

    public void reset() {
        peopleOf.clear();
        peopleOf.put("sue", List.of(FakeIdentityClient.SUE));
        peopleOf.put("carl", List.of(FakeIdentityClient.MARY));
        peopleOf.put("cath", List.of(FakeIdentityClient.MARY, FakeIdentityClient.TOM));
        balances.clear();
        bookings.clear();
        plans.clear();
        ledgerCheck = new LedgerCheck(0, List.of());
        statementCsv = "";
        statements.clear();
        statementPdf = new byte[0];
        printableStatements.clear();
        lastPersonId = null;
        lastBookingId = null;
        lastFrom = null;
        lastTo = null;
        forgetCalls();
    }

    /** A BOOKED session of {@code person} with the fake provider. */
    public static Booking aBooking(NamedRef person, LocalDate date, LocalTime start, int minutes) {
        var startsAt = MovableClock.at(date, start);
        return new Booking(UUID.randomUUID(), person, PROVIDER, date, start, minutes, startsAt,
                startsAt.plusSeconds(minutes * 60L), BookingStatus.BOOKED, null, List.of());
    }

    private void call(Bearer caller, UUID person, UUID booking, Object form) {
        if (person != null) {
            lastPersonId = person;
        }
        if (booking != null) {
            lastBookingId = booking;
        }
        call(caller, form);
    }

    /** The bookings dated from {@code from} to {@code to}, remembering the period asked for. */
    private List<Booking> within(LocalDate from, LocalDate to) {
        lastFrom = from;
        lastTo = to;
        return bookings.stream()
                .filter(b -> from == null || !b.date().isBefore(from))
                .filter(b -> to == null || !b.date().isAfter(to))
                .toList();
    }

    private void require(Bearer caller, Capability capability) {
        if (!identity.may(caller, capability)) {
            throw forbidden();
        }
    }

    /** The checks the API makes of a session before drawing its minutes: not begun, at least the minimum visit, within the plan, and enough hours. */
    private void checkSession(UUID personId, BookingForm form) {
        if (MovableClock.at(form.date(), form.startTime()).isBefore(clock.instant())) {
            throw invalid("date", "A session cannot start in the past.");
        }
        HoursBalance balance = balances.get(personId);
        BookingLimits limits = balance == null || balance.limits() == null ? limits() : balance.limits();
        if (form.minutes() < limits.minimumVisitMinutes()) {
            throw invalid("minutes", "A visit must be at least " + limits.minimumVisitMinutes() + " minutes.");
        }
        LocalDate last = balance == null ? null : lastUsableDay(balance.plan());
        if (balance != null && balance.plan() != null && (form.date().isBefore(balance.plan().startsOn())
                || last != null && form.date().isAfter(last))) {
            throw invalid("date", "The plan does not cover that day.");
        }
        if (balance != null && balance.remainingMinutes() < form.minutes()) {
            throw conflict("There are not enough hours for that session.");
        }
    }

    /** A session of the person's that may still be changed or cancelled: booked, and not begun. */
    private Booking changeable(UUID personId, UUID bookingId) {
        Booking booking = bookings.stream().filter(b -> b.id().equals(bookingId) && b.person().id().equals(personId)).findFirst()
                .orElseThrow(FakeApi::notFound);
        if (booking.status() != BookingStatus.BOOKED) {
            throw conflict("The session is " + booking.status().name().toLowerCase() + ".");
        }
        if (!booking.startsAt().isAfter(clock.instant())) {
            throw conflict("The session has begun.");
        }
        return booking;
    }

    private void draw(UUID person, int minutes) {
        HoursBalance b = balances.get(person);
        if (b != null) {
            balances.put(person, new HoursBalance(b.person(), b.plan(), b.remainingMinutes() - minutes,
                    b.expiringWithinAWeekMinutes(), b.nextExpiry(), b.lots(), b.limits(), b.actions()));
        }
    }

    private Booking replace(UUID id, BookingStatus status, BookingForm form, Integer delivered) {
        Booking old = bookings.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
        Booking changed = form == null ? old : aBooking(old.person(), form.date(), form.startTime(), form.minutes());
        var result = new Booking(id, old.person(), old.provider(), changed.date(), changed.startTime(), changed.minutes(),
                changed.startsAt(), changed.endsAt(), status, delivered, List.of());
        bookings.replaceAll(b -> b.id().equals(id) ? result : b);
        return result;
    }

    @Override
    public HoursPlan createHoursPlan(Bearer caller, @Nullable String idempotencyKey, PlanForm form) {
        call(caller, form.personId(), null, form);
        require(caller, Capability.CREATE_HOURS_PLAN);
        if (form.startsOn().getDayOfWeek() != DayOfWeek.MONDAY) {
            throw invalid("startsOn", "A plan starts on a Monday.");
        }
        if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw invalid("endsOn", "A plan cannot end before it starts.");
        }
        if (plans.stream().anyMatch(p -> p.person().id().equals(form.personId()))) {
            throw conflict("This person already has a plan.");
        }
        // named as the fake identities name the people they act for (the API names them from its register)
        String name = peopleOf.values().stream().flatMap(List::stream).filter(p -> p.id().equals(form.personId()))
                .map(NamedRef::name).findFirst().orElse("");
        var plan = new HoursPlan(UUID.randomUUID(), new NamedRef(form.personId(), name),
                form.providerId().equals(PROVIDER.id()) ? PROVIDER : new NamedRef(form.providerId(), "provider"),
                FakeIdentityClient.COVENTRY, form.weeklyMinutes(), form.startsOn(), form.endsOn());
        plans.add(plan);
        return plan;
    }

    /** The last change of hours or end a plan was sent, and which plan. */
    public UUID lastPlanId;

    @Override
    public HoursPlan changePlanHours(Bearer caller, UUID planId, uk.homecare.portal.api.hoursbank.HoursChangeForm form) {
        call(caller, null, null, form);
        lastPlanId = planId;
        HoursPlan old = plan(planId);
        var changes = new ArrayList<>(old.changes());
        changes.add(new uk.homecare.portal.api.hoursbank.HoursChange(form.fromMonday(), form.weeklyMinutes()));
        var changed = new HoursPlan(old.id(), old.person(), old.provider(), old.council(), old.weeklyMinutes(), old.startsOn(),
                old.endsOn(), old.stoppedOn(), changes, old.actions());
        plans.replaceAll(p -> p.id().equals(planId) ? changed : p);
        return changed;
    }

    @Override
    public HoursPlan endHoursPlan(Bearer caller, UUID planId, uk.homecare.portal.api.hoursbank.PlanEndForm form) {
        call(caller, null, null, form);
        lastPlanId = planId;
        HoursPlan old = plan(planId);
        var ended = new HoursPlan(old.id(), old.person(), old.provider(), old.council(), old.weeklyMinutes(), old.startsOn(),
                form.lastDay(), form.lastDay(), old.changes(), List.of());
        plans.replaceAll(p -> p.id().equals(planId) ? ended : p);
        return ended;
    }

    private HoursPlan plan(UUID planId) {
        return plans.stream().filter(p -> p.id().equals(planId)).findFirst().orElseThrow(FakeHoursBankClient::notFound);
    }

    @Override
    public List<HoursPlan> listHoursPlans(Bearer caller) {
        call(caller, null, null, null);
        return List.copyOf(plans);
    }

    @Override
    public List<NamedRef> listHoursBankPeople(Bearer caller) {
        call(caller, null, null, null);
        return peopleOf.getOrDefault(caller.token().replace("token-of-", ""), List.of());
    }

    @Override
    public HoursBalance showHoursBalance(Bearer caller, UUID personId) {
        call(caller, personId, null, null);
        HoursBalance balance = balances.get(personId);
        if (balance == null) {
            throw notFound();
        }
        return allowed(caller, balance);
    }

    @Override
    public List<Booking> listBookings(Bearer caller, UUID personId, LocalDate from, LocalDate to) {
        call(caller, personId, null, null);
        return within(from, to).stream().filter(b -> b.person().id().equals(personId)).map(b -> allowed(caller, b)).toList();
    }

    @Override
    public Booking bookSession(Bearer caller, UUID personId, @Nullable String idempotencyKey, BookingForm form) {
        bookingKeys.add(idempotencyKey);
        call(caller, personId, null, form);
        require(caller, Capability.BOOK_HOURS);
        checkSession(personId, form);
        NamedRef person = balances.containsKey(personId) ? balances.get(personId).person() : new NamedRef(personId, "");
        Booking booking = aBooking(person, form.date(), form.startTime(), form.minutes());
        bookings.add(booking);
        draw(personId, form.minutes());
        return allowed(caller, booking);
    }

    @Override
    public Booking changeBooking(Bearer caller, UUID personId, UUID bookingId, BookingForm form) {
        call(caller, personId, bookingId, form);
        require(caller, Capability.BOOK_HOURS);
        Booking current = changeable(personId, bookingId);
        draw(personId, -current.minutes());
        try {
            checkSession(personId, form);
        } catch (RuntimeException refused) {
            draw(personId, current.minutes());
            throw refused;
        }
        draw(personId, form.minutes());
        return allowed(caller, replace(bookingId, BookingStatus.BOOKED, form, null));
    }

    @Override
    public Booking cancelBooking(Bearer caller, UUID personId, UUID bookingId) {
        call(caller, personId, bookingId, null);
        require(caller, Capability.BOOK_HOURS);
        changeable(personId, bookingId);
        Booking cancelled = replace(bookingId, BookingStatus.CANCELLED, null, null);
        draw(personId, -cancelled.minutes());
        return allowed(caller, cancelled);
    }

    @Override
    public HttpResponse<String> downloadStatement(Bearer caller, UUID personId, LocalDate from, LocalDate to) {
        call(caller, personId, null, null);
        statements.add(new Statement(personId, from, to));
        return HttpResponse.ok(statementCsv);
    }

    @Override
    public HttpResponse<byte[]> downloadPrintableStatement(Bearer caller, UUID personId, LocalDate from, LocalDate to) {
        call(caller, personId, null, null);
        printableStatements.add(new Statement(personId, from, to));
        return HttpResponse.ok(statementPdf);
    }

    @Override
    public List<Booking> listDeliveries(Bearer caller, LocalDate from, LocalDate to) {
        call(caller, null, null, null);
        return within(from, to).stream().map(b -> allowed(caller, b)).toList();
    }

    @Override
    public Booking recordDelivery(Bearer caller, UUID bookingId, DeliveryForm form) {
        call(caller, null, bookingId, form);
        require(caller, Capability.RECORD_DELIVERY);
        Booking booking = bookings.stream().filter(b -> b.id().equals(bookingId)).findFirst().orElseThrow(FakeApi::notFound);
        if (booking.status() != BookingStatus.BOOKED || booking.date().isAfter(clock.today())) {
            throw conflict("Only a booked session is recorded, from its day.");
        }
        return allowed(caller, replace(bookingId, BookingStatus.DELIVERED, null, form.actualMinutes()));
    }

    @Override
    public LedgerCheck checkHoursLedger(Bearer caller) {
        call(caller, null, null, null);
        require(caller, Capability.CHECK_LEDGER);
        return ledgerCheck;
    }
}
