package uk.homecare.portal.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.api.brokerage.PackageStatus.AWARDED;
import static uk.homecare.portal.api.brokerage.PackageStatus.DRAFT;
import static uk.homecare.portal.api.brokerage.PackageStatus.OPEN;
import static uk.homecare.portal.api.brokerage.PackageStatus.PRIMARY;
import static uk.homecare.portal.api.brokerage.PackageStatus.SECONDARY;
import static uk.homecare.portal.api.brokerage.PackageStatus.UNALLOCATED;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.brokerage.CascadePolicy.Holders;
import uk.homecare.portal.brokerage.CascadePolicy.Windows;
import uk.homecare.portal.testing.GeneratedCases;
import uk.homecare.portal.testing.MovableClock;

/**
 * The tick's set-based statement and {@link CascadePolicy} agree: packages in every stage the tick moves, on
 * lots held by every mix of tiers, with bids or none, windows closed, closing this instant or still open,
 * hand-backs due or not, under random council windows (or none set), are inserted underneath the portal; one
 * tick runs, and each package must be where the policy says, with the window the policy gives it. A quarter of
 * the packages (drafts and unallocated ones too) are moved one at a time first, as publishing and passing on
 * do, which checks what the policy is told about each package.
 */
@Tag("calendar")
@MicronautTest(transactional = false)
class CascadePolicyAgreesWithTheSqlTest extends BrokerageTest {

    private static final int ROUNDS = 10;
    private static final int PACKAGES_A_ROUND = 20;
    private static final List<PackageStatus> MOVED_BY_THE_TICK = List.of(PRIMARY, SECONDARY, OPEN, AWARDED);
    private static final List<PackageStatus> MOVED_ONE_AT_A_TIME = List.of(DRAFT, UNALLOCATED, AWARDED, PRIMARY, SECONDARY, OPEN);
    private static final Cascade.Mover CHECKING = Cascade.Mover.system("policy check");
    private static final List<String> OPEN_STAGE_ANSWERS = List.of("PENDING", "DECLINED", "BID", "ACCEPTED", "LAPSED");

    private record TestLot(UUID id, Holders holders) {}

    /** A generated package as it was inserted; {@code pendingOffers} are the ids of its round's offers waiting for an answer. */
    private record Case(UUID id, boolean oneAtATime, PackageStatus status, int round, TestLot lot, boolean bids, Instant stageEndsAt,
            LocalDate handBackOn, List<UUID> pendingOffers) {}

    private record Found(PackageStatus status, Instant stageStartedAt, Instant stageEndsAt, int stillPending) {}

    @Test
    void each_generated_package_moves_where_the_policy_says_with_the_window_it_gives() throws Exception {
        UUID council = id("select id from council where code = 'coventry'");
        UUID person = id("""
                insert into person (council_id, given_name, family_name, postcode)
                values (?, 'Policy', 'Check', 'CV1 1AA') returning id""", council);
        List<UUID> providers = providerUsers("Cascade policy", 4).stream()
                .map(username -> id("select organisation_id from app_user where username = ?", username))
                .toList();
        List<TestLot> lots = lotsHeldByEveryMixOfTiers(council, providers);
        clock.set(MovableClock.at(clock.today().minusDays(1), LocalTime.MIDNIGHT));

        GeneratedCases.check(random -> {
            for (int round = 0; round < ROUNDS; round++) {
                clock.advance(Duration.ofMinutes(1 + random.nextInt(480)));
                Instant now = clock.instant();
                LocalDate today = clock.today();
                Windows windows = councilWindows(random, council);
                List<Case> cases = insertPackages(random, council, person, lots, providers);

                cases.stream().filter(Case::oneAtATime).forEach(generated -> moveOnItsOwn(generated, now));
                cascade.advanceLapsed(now);
                cascade.takeBackHandedBack(today, now);

                try (Connection db = connectDirectly()) {
                    for (Case generated : cases) {
                        expectWhereThePolicySays(generated, found(db, generated), windows, now, today);
                    }
                }
            }
        });
    }

    /** As publishing (or a hand-back, or a new round) starts a package, and as an answer that ends a stage passes it on. */
    private void moveOnItsOwn(Case generated, Instant now) {
        switch (generated.status()) {
            case DRAFT, UNALLOCATED, AWARDED -> across.run("the property test moves one package as publishing or an answer would", () -> cascade.start(generated.id(), now, CHECKING));
            default -> across.run("the property test moves one package as publishing or an answer would", () -> cascade.passOn(generated.id(), generated.round(), generated.status().name(), now, CHECKING));
        }
    }

    private static void expectWhereThePolicySays(Case generated, Found found, Windows windows, Instant now, LocalDate today) {
        String what = generated + " at " + now + " with " + windows;
        if (generated.oneAtATime() || dueForTheTick(generated, now, today)) {
            PackageStatus next = CascadePolicy.next(generated.status(), generated.lot().holders(), generated.bids());
            assertThat(found.status()).as(what).isEqualTo(next);
            assertThat(found.stageStartedAt()).as(what).isEqualTo(now);
            assertThat(found.stageEndsAt()).as(what).isEqualTo(CascadePolicy.windowEnd(next, now, windows).orElse(null));
            assertThat(found.stillPending()).as("pending offers lapse with the stage: " + what).isZero();
        } else {
            assertThat(found.status()).as(what).isEqualTo(generated.status());
            assertThat(found.stageEndsAt()).as(what).isEqualTo(generated.stageEndsAt());
            assertThat(found.stillPending()).as(what).isEqualTo(generated.pendingOffers().size());
        }
    }

    private static boolean dueForTheTick(Case generated, Instant now, LocalDate today) {
        return generated.status() == AWARDED
                ? generated.handBackOn() != null && !generated.handBackOn().isAfter(today)
                : CascadePolicy.windowHasClosed(generated.stageEndsAt(), now);
    }

    /** Twelve new lots of the council: with and without a PRIMARY and a SECONDARY provider, and none, one or two framework providers. */
    private List<TestLot> lotsHeldByEveryMixOfTiers(UUID council, List<UUID> providers) {
        UUID framework = id("select id from framework where council_id = ?", council);
        List<TestLot> lots = new ArrayList<>();
        for (int primary = 0; primary < 2; primary++) {
            for (int secondary = 0; secondary < 2; secondary++) {
                for (int frameworkProviders = 0; frameworkProviders < 3; frameworkProviders++) {
                    UUID lot = id("""
                            insert into lot (council_id, framework_id, name, kind, service_category)
                            values (?, ?, ?, 'CITYWIDE', 'GENERAL') returning id""", council, framework, "Policy check " + lots.size());
                    String holds = "insert into lot_provider (lot_id, provider_id, tier) values (?, ?, ?)";
                    if (primary == 1) {
                        execute(holds, lot, providers.get(0), "PRIMARY");
                    }
                    if (secondary == 1) {
                        execute(holds, lot, providers.get(1), "SECONDARY");
                    }
                    for (int i = 0; i < frameworkProviders; i++) {
                        execute(holds, lot, providers.get(2 + i), "FRAMEWORK");
                    }
                    lots.add(new TestLot(lot, new Holders(primary == 1, secondary == 1, frameworkProviders > 0)));
                }
            }
        }
        return lots;
    }

    /** New response windows for the council, from 5 minutes to 14 days; one round in four, none set (the defaults). */
    private Windows councilWindows(Random random, UUID council) {
        if (random.nextInt(4) == 0) {
            execute("delete from brokerage_policy where council_id = ?", council);
            return Windows.DEFAULT;
        }
        Windows windows = new Windows(windowMinutes(random), windowMinutes(random), windowMinutes(random));
        execute("""
                insert into brokerage_policy (council_id, primary_window_minutes, secondary_window_minutes, open_window_minutes)
                values (?, ?, ?, ?)
                on conflict (council_id) do update set primary_window_minutes = excluded.primary_window_minutes,
                    secondary_window_minutes = excluded.secondary_window_minutes, open_window_minutes = excluded.open_window_minutes""",
                council, windows.primaryMinutes(), windows.secondaryMinutes(), windows.openMinutes());
        return windows;
    }

    private static int windowMinutes(Random random) {
        return 5 + random.nextInt(random.nextBoolean() ? 3_000 : 20_156);
    }

    private List<Case> insertPackages(Random random, UUID council, UUID person, List<TestLot> lots, List<UUID> providers)
            throws SQLException {
        Instant now = clock.instant();
        LocalDate today = clock.today();
        UUID zone = coventryZone("CENTRAL");
        List<Case> cases = new ArrayList<>();
        try (Connection db = connectDirectly();
                PreparedStatement insertPackage = db.prepareStatement("""
                        insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes,
                               visits_per_day, visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                               postcode_district, status, round, stage_started_at, stage_ends_at, published_at, awarded_provider_id,
                               awarded_at, hand_back_on)
                        values (?, ?, ?, ?, ?, 'COUNCIL', 420, 2, 30, 'MORNING,TEATIME', false, false, ?, 'Generated for the policy check',
                               'CV1', ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""");
                PreparedStatement insertOffer = db.prepareStatement("""
                        insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at, response)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")) {
            db.setAutoCommit(false);
            Instant dayBefore = now.minus(Duration.ofDays(1));
            for (int i = 0; i < PACKAGES_A_ROUND; i++) {
                boolean oneAtATime = random.nextInt(4) == 0;
                List<PackageStatus> statuses = oneAtATime ? MOVED_ONE_AT_A_TIME : MOVED_BY_THE_TICK;
                PackageStatus status = statuses.get(random.nextInt(statuses.size()));
                TestLot lot = lots.get(random.nextInt(lots.size()));
                int round = 1 + random.nextInt(3);
                boolean awarded = status == AWARDED;
                boolean inAStage = status == PRIMARY || status == SECONDARY || status == OPEN;
                Instant stageEndsAt = inAStage ? windowEndAround(now, random) : null;
                LocalDate handBackOn = awarded && random.nextInt(4) > 0 ? today.plusDays(random.nextInt(7) - 3) : null;
                UUID id = returnedId(insertPackage, council, "PC-" + UUID.randomUUID(), person, zone, lot.id(), today.plusDays(7),
                        status.name(), round, inAStage ? at(dayBefore) : null, at(stageEndsAt), at(dayBefore),
                        awarded ? providers.get(0) : null, awarded ? at(dayBefore) : null, handBackOn);

                List<String> answers = new ArrayList<>(); // this round's offers, each to another provider
                if ((status == PRIMARY || status == SECONDARY) && random.nextInt(10) < 7) {
                    answers.add(status.name() + ":PENDING");
                }
                if (status == OPEN) {
                    for (int k = random.nextInt(4); k > 0; k--) {
                        answers.add("OPEN:" + OPEN_STAGE_ANSWERS.get(random.nextInt(OPEN_STAGE_ANSWERS.size())));
                    }
                } else if (random.nextInt(10) < 3) {
                    answers.add("OPEN:BID"); // a bid outside the OPEN stage, which must not matter
                }
                boolean bids = false;
                List<UUID> pending = new ArrayList<>();
                for (int k = 0; k < answers.size(); k++) {
                    String[] stageAndAnswer = answers.get(k).split(":");
                    UUID offer = returnedId(insertOffer, id, round, providers.get(k), stageAndAnswer[0], at(dayBefore), at(stageEndsAt),
                            stageAndAnswer[1]);
                    bids |= stageAndAnswer[1].equals("BID") || stageAndAnswer[1].equals("ACCEPTED");
                    if (stageAndAnswer[1].equals("PENDING")) {
                        pending.add(offer);
                    }
                }
                if (random.nextInt(10) < 3) { // a bid of the round before, which must not count
                    returnedId(insertOffer, id, round - 1, providers.get(3), "OPEN", at(dayBefore), at(dayBefore), "BID");
                }
                cases.add(new Case(id, oneAtATime, status, round, lot, bids, stageEndsAt, handBackOn, List.copyOf(pending)));
            }
            db.commit();
        }
        return cases;
    }

    /** A window's end before now, after it, or exactly now. */
    private static Instant windowEndAround(Instant now, Random random) {
        int where = random.nextInt(10);
        if (where == 0) {
            return now;
        }
        Duration by = Duration.ofSeconds(1 + random.nextInt(3 * 24 * 3600));
        return where < 7 ? now.minus(by) : now.plus(by);
    }

    private static Found found(Connection db, Case generated) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("""
                select p.status, p.stage_started_at, p.stage_ends_at,
                       (select count(*) from offer o where o.id = any(?) and o.response = 'PENDING') as still_pending
                  from care_package p where p.id = ?""")) {
            read.setArray(1, db.createArrayOf("uuid", generated.pendingOffers().toArray()));
            read.setObject(2, generated.id());
            try (var row = read.executeQuery()) {
                row.next();
                return new Found(PackageStatus.valueOf(row.getString("status")), instant(row.getObject("stage_started_at", OffsetDateTime.class)),
                        instant(row.getObject("stage_ends_at", OffsetDateTime.class)), row.getInt("still_pending"));
            }
        }
    }

    private static UUID returnedId(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        try (var row = statement.executeQuery()) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
