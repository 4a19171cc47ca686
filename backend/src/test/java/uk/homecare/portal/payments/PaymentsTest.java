package uk.homecare.portal.payments;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.api.payments.CorrectionForm;
import uk.homecare.portal.api.payments.LineAdjustment;
import uk.homecare.portal.api.payments.LineApproval;
import uk.homecare.portal.api.payments.PaymentLine;
import uk.homecare.portal.api.payments.PaymentRun;
import uk.homecare.portal.api.payments.PaymentRunForm;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleForm;
import uk.homecare.portal.api.payments.Remittance;
import uk.homecare.portal.testing.PortalTest;

/**
 * What payment tests share: Bridgend's commissioner, its demo provider holding new packages (of new people, care
 * started before the period), visits recorded underneath the application, rates of the test's own choosing in force
 * from the week before the period and changing half-way through it, and requests to the payment API.
 */
abstract class PaymentsTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@bridgend.demo";
    static final String PROVIDER = "provider@bridgend.demo";
    static final String OTHER_COMMISSIONER = "commissioner@coventry.demo";
    static final String OTHER_PROVIDER = "provider@coventry.demo";
    /** The DOMICILIARY rate for the first two weeks of the period, then the second. */
    static final int FIRST_RATE = 2350;
    static final int SECOND_RATE = 2417;
    static final int OUT_OF_HOURS_RATE = 2893;
    static final int CHC_RATE = 3011;
    private static final AtomicInteger NUMBER = new AtomicInteger();

    record Held(UUID id, String reference, UUID provider) {}

    UUID council(String code) {
        return id("select id from council where code = ?", code);
    }

    UUID organisationOf(String username) {
        return id("select organisation_id from app_user where username = ?", username);
    }

    /** A period that ended last week or before: 28 days from a Monday {@code weeksBack} weeks before this week's. */
    LocalDate period(int weeksBack) {
        return clock.monday().minusWeeks(weeksBack);
    }

    /** Bridgend's rates for the period starting on {@code start}: one a week before it, a change on its 15th day. */
    void rates(LocalDate start) {
        UUID council = council("bridgend");
        String insert = """
                insert into rate (council_id, service_type, hourly_rate_pence, effective_from) values (?, ?, ?, ?)
                on conflict (council_id, service_type, effective_from) do update set hourly_rate_pence = excluded.hourly_rate_pence""";
        execute(insert, council, "DOMICILIARY", FIRST_RATE, start.minusDays(7));
        execute(insert, council, "DOMICILIARY", SECOND_RATE, start.plusDays(14));
        execute(insert, council, "OUT_OF_HOURS", OUT_OF_HOURS_RATE, start.minusDays(7));
        execute(insert, council, "CHC", CHC_RATE, start.minusDays(7));
    }

    /**
     * A new provider organisation registered with Bridgend, so a test's visits are its own (a schedule takes every visit of
     * its provider not yet on one).
     */
    UUID newProvider() {
        return id("""
                with org as (
                    insert into organisation (kind, name, regulator, regulator_provider_id, address_line, postcode, contact_email)
                    values ('PROVIDER', ?, 'CQC', ?, '1 Pay Street', 'CF31 1AA', 'office@pay.example')
                    returning id
                ), linked as (
                    insert into organisation_council (organisation_id, council_id) select org.id, ? from org
                )
                select id from org""", "Paid Care " + NUMBER.incrementAndGet() + " Ltd", "1-" + (800000000 + NUMBER.incrementAndGet()),
                council("bridgend"));
    }

    Held heldPackage(UUID provider, String funding, boolean outOfHours, boolean doubleHanded) {
        return heldPackage(provider, "bridgend", funding, outOfHours, doubleHanded);
    }

    /** A new person of the council and their package, awarded to the provider, care started 40 weeks ago. */
    Held heldPackage(UUID provider, String councilCode, String funding, boolean outOfHours, boolean doubleHanded) {
        UUID council = council(councilCode);
        UUID person = id("insert into person (council_id, given_name, family_name, postcode) values (?, 'Gwen', ?, 'CF31 1AA') returning id",
                council, "Payment" + NUMBER.incrementAndGet());
        String reference = "PAY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID id = id("""
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                                          postcode_district, status, round, awarded_provider_id, awarded_at)
                select ?, ?, ?, (select id from zone where council_id = ? order by code limit 1),
                       (select id from lot where council_id = ? order by id limit 1), ?, 420, 2, 30, 'MORNING', ?, ?, ?,
                       'Help with meals', 'CF31', 'AWARDED', 1, ?, ?
                returning id""",
                council, reference, person, council, council, funding, outOfHours, doubleHanded, clock.today().minusWeeks(40),
                provider, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return new Held(id, reference, provider);
    }

    /** The package's winning offer with an agreed hourly rate. */
    void wonWithBid(Held held, int bidRatePence) {
        execute("""
                insert into offer (package_id, round, provider_id, stage, offered_at, response, bid_rate_pence)
                values (?, 1, ?, 'OPEN', ?, 'WON', ?)""",
                held.id(), held.provider(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), bidRatePence);
    }

    /** A delivered visit at 08:00 planned for {@code planned} minutes, {@code actual} minutes long, by {@code carers}. */
    UUID visit(Held held, LocalDate day, int planned, int actual, int carers) {
        return visit(held, day, LocalTime.of(8, 0), planned, actual, carers, false);
    }

    UUID missedVisit(Held held, LocalDate day) {
        return visit(held, day, LocalTime.of(18, 0), 30, 0, 0, true);
    }

    UUID visit(Held held, LocalDate day, LocalTime start, int planned, int actual, int carers, boolean missed) {
        return id("""
                insert into visit_actual (package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes, actual_start,
                                          actual_end, actual_minutes, carers_present, missed, variance_reason, source, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'API', 'test', ?)
                returning id""",
                held.id(), held.provider(), day, start, start.plusMinutes(planned), planned,
                missed ? null : start, missed ? null : start.plusMinutes(actual), actual, carers, missed,
                missed || Math.abs(actual - planned) > 15 ? "OTHER" : null, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    MutableHttpRequest<PaymentScheduleForm> build(String user, UUID provider, LocalDate start) {
        return api().as(user, POST("/api/payment-schedules", new PaymentScheduleForm(provider, start)));
    }

    PaymentSchedule built(UUID provider, LocalDate start) {
        return api().retrieve(build(COMMISSIONER, provider, start), PaymentSchedule.class);
    }

    /** A build of every provider's schedule for the period, as the commissioner. */
    PaymentRun builtForEveryProvider(LocalDate start) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/payment-schedule-runs", new PaymentRunForm(start))), PaymentRun.class);
    }

    PaymentSchedule schedule(String user, UUID id) {
        return api().retrieve(api().as(user, GET("/api/payment-schedules/" + id)), PaymentSchedule.class);
    }

    List<PaymentSchedule> schedules(String user) {
        return api().retrieve(api().as(user, GET("/api/payment-schedules")), Argument.listOf(PaymentSchedule.class));
    }

    MutableHttpRequest<LineApproval> approve(UUID schedule, UUID line) {
        return api().as(COMMISSIONER, POST("/api/payment-schedules/" + schedule + "/approvals", new LineApproval(line)));
    }

    MutableHttpRequest<LineAdjustment> adjust(UUID schedule, UUID line, int minutes, Integer rate, String reason) {
        return api().as(COMMISSIONER, POST("/api/payment-schedules/" + schedule + "/adjustments",
                new LineAdjustment(line, minutes, rate, reason)));
    }

    MutableHttpRequest<String> finalise(String user, UUID schedule) {
        return api().as(user, POST("/api/payment-schedules/" + schedule + "/finalisation", ""));
    }

    MutableHttpRequest<CorrectionForm> correct(UUID schedule, long pence, String reason) {
        return api().as(COMMISSIONER, POST("/api/payment-schedules/" + schedule + "/corrections", new CorrectionForm(pence, reason)));
    }

    String export(String user, UUID schedule) {
        return api().retrieve(api().as(user, GET("/api/payment-schedules/" + schedule + "/export")), String.class);
    }

    List<Remittance> remittances(String user) {
        return api().retrieve(api().as(user, GET("/api/remittances")), Argument.listOf(Remittance.class));
    }

    Remittance remittance(String user, UUID id) {
        return api().retrieve(api().as(user, GET("/api/remittances/" + id)), Remittance.class);
    }

    int status(MutableHttpRequest<?> request) {
        try {
            return api().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** The line of the schedule that pays the visit: its own line (an exception) or the week's line it is summed into. */
    PaymentLine lineOf(PaymentSchedule schedule, UUID visitId) {
        UUID lineId = id("select line_id from payment_line_visit where visit_id = ? and schedule_id = ?", visitId, schedule.id());
        return schedule.lines().stream().filter(line -> line.id().equals(lineId)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for visit " + visitId));
    }

    /** The visits a schedule's lines pay (the view payment_line_visit of V34), looked at underneath the application. */
    List<UUID> visitsPaidBy(UUID scheduleId) {
        List<UUID> visits = new java.util.ArrayList<>();
        try (var connection = connectDirectly();
                var statement = connection.prepareStatement("select visit_id from payment_line_visit where schedule_id = ?")) {
            statement.setObject(1, scheduleId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    visits.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return visits;
    }

    /** Minutes at an hourly rate in pence, rounded half up to a penny: worked out the way a person would, for the tests. */
    static long byHand(int minutes, int hourlyPence) {
        long tenthsOfPence = (long) minutes * hourlyPence * 10 / 60;
        return (tenthsOfPence + 5) / 10;
    }
}
