package uk.homecare.portal.hoursbank;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.hoursbank.DrawOrder.Drawn;
import uk.homecare.portal.hoursbank.DrawOrder.Held;
import uk.homecare.portal.hoursbank.DrawOrder.Lot;
import uk.homecare.portal.hoursbank.DrawOrder.Take;
import uk.homecare.portal.testing.GeneratedCases;
import uk.homecare.portal.platform.AcrossCouncils;

/**
 * {@link LotDraws}' SQL and {@link DrawOrder} agree: for each generated person (up to five lots of weeks around
 * the test day, some spent, some part-used, some expired) and session (a day from before the oldest lot to
 * after the newest, minutes within what that day allows or past it), the lots are inserted underneath the portal,
 * and the statement that picks the usable lots must pick the policy's lots in the policy's order; the draw must
 * take from each lot what the policy says, or be refused with the policy's most; and giving some or all of it
 * back must return to the lots the policy says.
 */
@MicronautTest(transactional = false)
class DrawOrderAgreesWithTheSqlTest extends HoursBankTest {

    private static final int CASES = 200;

    /** The bank runs for one person in a request; the test has no request, so it works across councils, by name. */
    @Inject
    AcrossCouncils across;

    @Inject
    LotDraws draws;

    @Test
    void the_sql_draws_and_gives_back_from_the_lots_the_policy_says() throws Exception {
        UUID council = id("select id from council where code = 'bridgend'");
        UUID provider = provider();
        Instant now = clock.instant();
        try (Connection db = connectDirectly()) {
            GeneratedCases.check(random -> {
                for (int n = 0; n < CASES; n++) {
                    UUID person = returnedId(db, """
                            insert into person (council_id, given_name, family_name, postcode)
                            values (?, 'Gwen', ?, 'CF31 1AA') returning id""", council, "Draw " + n);
                    UUID plan = returnedId(db, """
                            insert into hours_plan (council_id, person_id, provider_id, weekly_minutes, starts_on)
                            values (?, ?, ?, 600, ?) returning id""", council, person, provider, thisWeek().minusWeeks(6));
                    List<Lot> lots = insertLots(db, random, plan, person);
                    LocalDate day = thisWeek().plusDays(random.nextInt(45) - 14);
                    int most = DrawOrder.usableOn(lots, day).stream().mapToInt(Lot::remainingMinutes).sum();
                    int minutes = most > 0 && random.nextBoolean() ? 1 + random.nextInt(most) : 1 + random.nextInt(1_200);
                    String what = "case " + n + ": " + minutes + " minutes on " + day + " from " + lots;

                    assertThat(across.run("the property test reads and draws as the bank does", () -> draws.usableOn(person, day))).as(what).isEqualTo(DrawOrder.usableOn(lots, day));
                    DrawOrder.Draw expected = DrawOrder.draw(lots, day, minutes);
                    assertThat(across.run("the property test reads and draws as the bank does", () -> draws.drawFor(person, day, minutes))).as(what).isEqualTo(expected);
                    if (expected instanceof Drawn drawn) {
                        UUID booking = returnedId(db, """
                                insert into hours_booking (plan_id, person_id, provider_id, on_date, start_time, minutes)
                                values (?, ?, ?, ?, '10:00', ?) returning id""", plan, person, provider, day, minutes);
                        drawAndGiveBack(db, random, person, booking, day, minutes, lots, drawn, now, what);
                    }
                }
            });
        }
    }

    private void drawAndGiveBack(Connection db, Random random, UUID person, UUID booking, LocalDate day, int minutes, List<Lot> lots,
            Drawn drawn, Instant now, String what) throws SQLException {
        across.run("the property test reads and draws as the bank does", () -> draws.take(drawn, booking, Ledger.Kind.BOOKING, now, Ledger.Mover.BANK));
        assertThat(entries(db, booking, "BOOKING")).as(what).isEqualTo(drawn.takes());

        Integer givingBack = random.nextBoolean() ? null : random.nextInt(minutes + 1);
        Map<UUID, Lot> byId = lots.stream().collect(Collectors.toMap(Lot::id, Function.identity()));
        List<Held> held = drawn.takes().stream().map(t -> new Held(t.lot(), byId.get(t.lot()).usableUntil(), t.minutes())).toList();
        List<Take> expected = DrawOrder.giveBack(held, givingBack);

        int given = across.run("the property test reads and draws as the bank does", () -> draws.giveBack(booking, givingBack, Ledger.Kind.CANCELLATION, now, Ledger.Mover.BANK));

        String giving = what + ", giving back " + (givingBack == null ? "all" : givingBack);
        assertThat(entries(db, booking, "CANCELLATION")).as(giving).isEqualTo(expected);
        assertThat(given).as(giving).isEqualTo(expected.stream().mapToInt(Take::minutes).sum());
    }

    /** Up to five lots of different weeks from five weeks before this one to the next, with what is left of each at random. */
    private List<Lot> insertLots(Connection db, Random random, UUID plan, UUID person) throws SQLException {
        List<Integer> weeks = new ArrayList<>(List.of(-5, -4, -3, -2, -1, 0, 1));
        Collections.shuffle(weeks, random);
        List<Lot> lots = new ArrayList<>();
        for (int week : weeks.subList(0, random.nextInt(6))) {
            LocalDate monday = thisWeek().plusWeeks(week);
            int credited = 15 + random.nextInt(900);
            int remaining = switch (random.nextInt(6)) {
                case 0 -> 0;
                case 1 -> credited;
                default -> random.nextInt(credited + 1);
            };
            boolean expired = random.nextInt(10) == 0;
            UUID id = returnedId(db, """
                    insert into hours_lot (plan_id, person_id, week_starts, expires_after, credited_minutes, remaining_minutes, expired)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""",
                    plan, person, monday, monday.plusDays(27), credited, remaining, expired);
            lots.add(new Lot(id, monday, monday.plusDays(27), remaining, expired));
        }
        return lots;
    }

    /** The booking's ledger entries of a kind, in the order they were written, as minutes moved per lot. */
    private static List<Take> entries(Connection db, UUID booking, String kind) throws SQLException {
        try (PreparedStatement read = db.prepareStatement(
                "select lot_id, abs(minutes) as minutes from hours_ledger where booking_id = ? and kind = ? order by id")) {
            read.setObject(1, booking);
            read.setString(2, kind);
            List<Take> takes = new ArrayList<>();
            try (var rows = read.executeQuery()) {
                while (rows.next()) {
                    takes.add(new Take(rows.getObject("lot_id", UUID.class), rows.getInt("minutes")));
                }
            }
            return takes;
        }
    }

    private static UUID returnedId(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }
}
