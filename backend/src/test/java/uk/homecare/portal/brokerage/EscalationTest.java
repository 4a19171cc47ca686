package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Duty;
import uk.homecare.portal.api.brokerage.DutyForm;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Race;

/**
 * Escalation with the movable clock: each urgency's window (not a minute early, exactly at it), an emergency made once
 * however many nodes race, the board's order, who is told (those on duty, else every commissioner), the providers offered
 * the package at once (exactly those on the framework with spare capacity in the zone), and the CHC fast track.
 */
@Tag("calendar")
@MicronautTest(transactional = false)
class EscalationTest extends BrokerageTest {

    static final String SECOND_COMMISSIONER = "second-commissioner@coventry.test";

    @Inject
    Escalation escalation;

    UUID central() {
        return coventryZone("CENTRAL");
    }

    CarePackage publishedInCentral(Urgency urgency, Funding funding) {
        PackageForm form = packageForm(central(), lotOfZone(central()));
        PackageForm urgent = new PackageForm(form.zoneId(), form.lotId(), funding, form.weeklyMinutes(), form.visitPattern(),
                form.startDate(), form.needsSummary(), form.person(), null, null, urgency);
        return publish(draft(urgent));
    }

    /** Nobody has spare capacity in the zone: the reports there are gone. */
    void noCapacityIn(UUID zone) {
        execute("delete from capacity_report where zone_id = ?", zone);
    }

    /** A capacity report of {@code minutes} in {@code zone} from the provider of {@code username}, reported at {@code at}. */
    void capacity(String username, UUID zone, int minutes, Instant at) {
        execute("""
                insert into capacity_report (provider_id, council_id, zone_id, week_starts, daytime_minutes, out_of_hours_minutes,
                                             double_handed, staff, non_driving_staff, reported_at)
                select u.organisation_id, z.council_id, z.id, date_trunc('week', ?::timestamptz at time zone 'Europe/London')::date,
                       ?, 0, false, 5, 0, ?
                  from app_user u, zone z where u.username = ? and z.id = ?
                on conflict (provider_id, zone_id, week_starts) do update
                   set daytime_minutes = excluded.daytime_minutes, reported_at = excluded.reported_at""",
                at.atOffset(java.time.ZoneOffset.UTC), minutes, at.atOffset(java.time.ZoneOffset.UTC), username, zone);
    }

    /** New providers of Coventry, each holding a FRAMEWORK place on North's lot (another lot of the same framework). */
    List<String> frameworkProviders(String name, int count) {
        List<String> users = providerUsers(name, count);
        UUID northLot = lotOfZone(coventryZone("NORTH"));
        for (String user : users) {
            execute("insert into lot_provider (lot_id, provider_id, tier) select ?, organisation_id, 'FRAMEWORK' from app_user where username = ?",
                    northLot, user);
            api().tokenFor(user);
        }
        return users;
    }

    int notified(UUID packageId, String username) {
        return number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where n.package_id = ? and n.kind = 'PACKAGE_EMERGENCY' and u.username = ?""", packageId, username);
    }

    int notified(UUID packageId) {
        return number("select count(*) from notification where package_id = ? and kind = 'PACKAGE_EMERGENCY'", packageId);
    }

    int escalations(UUID packageId) {
        return number("select count(*) from audit_event where entity_id = ? and action = 'ESCALATED'", packageId);
    }

    List<String> offeredInCurrentRound(UUID packageId) {
        List<String> names = new ArrayList<>();
        try (var connection = connectDirectly(); var statement = connection.prepareStatement("""
                select org.name from offer o join care_package p on p.id = o.package_id and p.round = o.round
                  join organisation org on org.id = o.provider_id
                 where o.package_id = ? and o.stage = 'OPEN' order by org.name""")) {
            statement.setObject(1, packageId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    void secondCommissioner() {
        if (id("select id from app_user where username = ?", SECOND_COMMISSIONER) == null) {
            execute("""
                    insert into app_user (username, display_name, password_hash, role, council_id, organisation_id, email)
                    select ?, 'Second Commissioner', password_hash, 'COMMISSIONER', council_id, organisation_id, ?
                      from app_user where username = ?""", SECOND_COMMISSIONER, SECOND_COMMISSIONER, COMMISSIONER);
        }
    }

    Duty duty(String commissioner, boolean onDuty) {
        return api().retrieve(api().as(commissioner, PUT("/api/duty", new DutyForm(onDuty))), Duty.class);
    }

    @Test
    void a_routine_package_becomes_an_emergency_fourteen_days_after_publishing_and_not_a_minute_before() {
        CarePackage published = publishedInCentral(Urgency.ROUTINE, Funding.COUNCIL);
        assertThat(published.urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(published.escalatesAt()).isEqualTo(published.publishedAt().plus(Duration.ofDays(14)));

        clock.advance(Duration.ofDays(14).minusMinutes(1));
        escalation.escalateDue(clock.instant());
        assertThat(show(published).emergencyAt()).isNull();
        assertThat(escalations(published.id())).isZero();

        clock.advance(Duration.ofMinutes(1));
        escalation.escalateDue(clock.instant());
        CarePackage escalated = show(published);
        assertThat(escalated.emergencyAt()).isEqualTo(clock.instant());
        assertThat(escalated.emergency()).isTrue();
        assertThat(escalated.escalatesAt()).isNull();
        assertThat(escalations(published.id())).isOne();
    }

    @Test
    void an_urgent_package_becomes_an_emergency_after_48_hours() {
        CarePackage published = publishedInCentral(Urgency.URGENT, Funding.COUNCIL);
        assertThat(published.escalatesAt()).isEqualTo(published.publishedAt().plus(Duration.ofHours(48)));

        clock.advance(Duration.ofHours(48).minusSeconds(1));
        escalation.escalateDue(clock.instant());
        assertThat(show(published).emergencyAt()).isNull();

        clock.advance(Duration.ofSeconds(1));
        escalation.escalateDue(clock.instant());
        assertThat(show(published).emergencyAt()).isEqualTo(clock.instant());
    }

    @Test
    void a_fast_track_package_with_nobody_to_offer_it_to_at_once_follows_the_cascade_and_becomes_an_emergency_after_4_hours() {
        noCapacityIn(central());
        CarePackage published = publishedInCentral(Urgency.FAST_TRACK_CHC, Funding.NHS_CHC);
        assertThat(published.status()).as("nobody has spare capacity: the cascade as usual").isEqualTo(PackageStatus.PRIMARY);
        assertThat(published.escalatesAt()).isEqualTo(published.publishedAt().plus(Duration.ofHours(4)));

        clock.advance(Duration.ofHours(4).minusMinutes(1));
        escalation.escalateDue(clock.instant());
        assertThat(show(published).emergencyAt()).isNull();

        clock.advance(Duration.ofMinutes(2));
        escalation.escalateDue(clock.instant());
        assertThat(show(published).emergencyAt()).isNotNull();
        assertThat(history(published)).extracting(HistoryEntry::action).contains("ESCALATED");
    }

    @Test
    void the_councils_own_windows_decide_and_its_admin_changes_them_audited() {
        UUID coventry = id("select id from council where code = 'coventry'");
        var settings = api().retrieve(api().as("admin@coventry.demo", GET("/api/council/settings")),
                uk.homecare.portal.api.council.CouncilSettings.class);
        assertThat(settings.routineWindowHours()).isEqualTo(336);
        assertThat(settings.urgentWindowHours()).isEqualTo(48);
        assertThat(settings.fastTrackWindowHours()).isEqualTo(4);
        var changed = api().retrieve(api().as("admin@coventry.demo", PUT("/api/council/settings", settings.withUrgencyWindows(null, 6, null))),
                uk.homecare.portal.api.council.CouncilSettings.class);
        assertThat(changed.urgentWindowHours()).isEqualTo(6);
        assertThat(number("select count(*) from audit_event where council_id = ? and action = 'COUNCIL_SETTINGS_CHANGED' and details::text like '%urgentWindowHours%'",
                coventry)).isOne();

        CarePackage published = publishedInCentral(Urgency.URGENT, Funding.COUNCIL);
        clock.advance(Duration.ofHours(6));
        escalation.escalateDue(clock.instant());
        assertThat(show(published).emergencyAt()).isNotNull();

        api().retrieve(api().as("admin@coventry.demo", PUT("/api/council/settings", changed.withUrgencyWindows(null, 48, null))),
                uk.homecare.portal.api.council.CouncilSettings.class);
    }

    @Test
    void windows_out_of_order_or_range_are_refused_on_their_field_and_nothing_changes() {
        var settings = api().retrieve(api().as("admin@coventry.demo", GET("/api/council/settings")),
                uk.homecare.portal.api.council.CouncilSettings.class);

        Problem longerUrgent = Api.problemOf(api().refusal(api().as("admin@coventry.demo",
                PUT("/api/council/settings", settings.withUrgencyWindows(null, 400, null)))));
        assertThat(longerUrgent.status()).isEqualTo(400);
        assertThat(longerUrgent.errors()).extracting(Problem.FieldError::field).containsExactly("urgentWindowHours");

        Problem fastTrackAfterUrgent = Api.problemOf(api().refusal(api().as("admin@coventry.demo",
                PUT("/api/council/settings", settings.withUrgencyWindows(null, 3, null)))));
        assertThat(fastTrackAfterUrgent.errors()).extracting(Problem.FieldError::field).containsExactly("urgentWindowHours");

        Problem beyondNhsGuidance = Api.problemOf(api().refusal(api().as("admin@coventry.demo",
                PUT("/api/council/settings", settings.withUrgencyWindows(null, null, 49)))));
        assertThat(beyondNhsGuidance.errors()).extracting(Problem.FieldError::field).containsExactly("fastTrackWindowHours");

        var after = api().retrieve(api().as("admin@coventry.demo", GET("/api/council/settings")),
                uk.homecare.portal.api.council.CouncilSettings.class);
        assertThat(after).isEqualTo(settings);
    }

    @Test
    void the_fast_track_is_refused_for_a_package_the_council_funds() {
        PackageForm form = packageForm(central(), lotOfZone(central()));
        PackageForm councilFunded = new PackageForm(form.zoneId(), form.lotId(), Funding.COUNCIL, form.weeklyMinutes(),
                form.visitPattern(), form.startDate(), form.needsSummary(), form.person(), null, null, Urgency.FAST_TRACK_CHC);

        Problem problem = Api.problemOf(api().refusal(api().as(COMMISSIONER, POST("/api/packages", councilFunded))));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("urgency");
    }

    @Test
    void an_emergency_is_offered_at_once_to_exactly_the_framework_providers_with_spare_capacity_in_its_zone() {
        CarePackage published = publishedInCentral(Urgency.URGENT, Funding.COUNCIL);
        List<String> users = frameworkProviders("Reach", 7);
        clock.advance(Duration.ofHours(48));
        Instant now = clock.instant();
        noCapacityIn(central());
        capacity(users.get(0), central(), 600, now);                          // offered
        capacity(users.get(1), central(), 0, now);                            // no spare capacity
        capacity(users.get(2), coventryZone("NORTH"), 600, now);              // capacity elsewhere only
        capacity(users.get(3), central(), 600, now.minus(Duration.ofDays(8))); // a stale report
        capacity(users.get(4), central(), 600, now);                          // its contract has ended
        execute("update organisation_council set until = ?::date - 1 where organisation_id = (select organisation_id from app_user where username = ?)",
                clock.today(), users.get(4));
        capacity(users.get(5), central(), 600, now);                          // on no lot of the framework
        execute("delete from lot_provider where provider_id = (select organisation_id from app_user where username = ?)", users.get(5));
        capacity(users.get(6), central(), 600, now);                          // suspended by the council: a quality gate
        execute("""
                insert into provider_suspension (council_id, provider_id, reason, suspended_at, suspended_by)
                select p.council_id, u.organisation_id, 'Safeguarding review', ?, (select id from app_user where username = ?)
                  from care_package p, app_user u where p.id = ? and u.username = ?""",
                java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), COMMISSIONER, published.id(), users.get(6));

        escalation.escalateDue(now);

        CarePackage escalated = show(published);
        assertThat(escalated.status()).isEqualTo(PackageStatus.OPEN);
        int openMinutes = api().retrieve(api().as(COMMISSIONER, GET("/api/brokerage-policy")),
                uk.homecare.portal.api.brokerage.BrokeragePolicy.class).openWindowMinutes();
        assertThat(escalated.stageEndsAt()).isEqualTo(now.plus(Duration.ofMinutes(openMinutes)));
        assertThat(offeredInCurrentRound(published.id())).containsExactly("Reach provider 0");
        Offer offer = offerFor(users.get(0), published);
        assertThat(offer.stage()).isEqualTo(OfferStage.OPEN);
        assertThat(offer.emergency()).isTrue();
        assertThat(offer.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(offer.postcodeDistrict()).isEqualTo("CV5");
        for (String left : users.subList(1, 7)) {
            assertThat(inbox(left)).noneMatch(o -> o.packageId().equals(published.id()));
        }
        assertThat(history(published)).filteredOn(entry -> entry.action().equals("PROVIDER_SKIPPED")).singleElement()
                .satisfies(entry -> assertThat(entry.facts()).containsEntry("provider", "Reach provider 6")
                        .containsEntry("gate", "SUSPENDED_BY_COUNCIL"));
        assertThat(inbox(SPON_END)).as("the primary's offer lapsed").noneMatch(o -> o.packageId().equals(published.id()));
        assertThat(history(published)).extracting(HistoryEntry::action).endsWith("ENTERED_OPEN", "ESCALATED");
        assertThat(history(published).getLast().facts()).containsEntry("offeredTo", "Reach provider 0")
                .containsEntry("outcome", "OFFERED");
    }

    @Test
    void an_emergency_is_made_once_however_many_nodes_race_to_make_it() throws Exception {
        noCapacityIn(central());
        List<CarePackage> published = List.of(publishedInCentral(Urgency.URGENT, Funding.COUNCIL),
                publishedInCentral(Urgency.URGENT, Funding.COUNCIL), publishedInCentral(Urgency.URGENT, Funding.COUNCIL));
        clock.advance(Duration.ofHours(48));
        Instant now = clock.instant();
        List<String> users = frameworkProviders("Racing", 2);
        users.forEach(user -> capacity(user, central(), 300, now));

        List<Integer> escalated = Race.of(4, node -> escalation.escalateDue(now));

        assertThat(escalated.stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(number("select count(*) from audit_event where action = 'ESCALATED' and occurred_at = ?", now.atOffset(java.time.ZoneOffset.UTC)));
        for (CarePackage p : published) {
            assertThat(escalations(p.id())).isOne();
            assertThat(notified(p.id(), COMMISSIONER)).isOne();
            assertThat(offeredInCurrentRound(p.id())).containsExactly("Racing provider 0", "Racing provider 1");
            assertThat(number("select count(*) from audit_event where entity_id = ? and action = 'ENTERED_OPEN'", p.id())).isOne();
        }
        assertThat(escalation.escalateDue(now)).as("nothing left to make an emergency of").isZero();
    }

    @Test
    void the_board_shows_emergencies_before_every_other_package() {
        CarePackage routine = publishedInCentral(Urgency.ROUTINE, Funding.COUNCIL);
        CarePackage urgent = publishedInCentral(Urgency.URGENT, Funding.COUNCIL);
        clock.advance(Duration.ofHours(48));
        escalation.escalateDue(clock.instant());

        List<CarePackage> board = packages();
        int firstOrdinary = 0;
        while (firstOrdinary < board.size() && board.get(firstOrdinary).emergency()) {
            firstOrdinary++;
        }
        assertThat(board.subList(firstOrdinary, board.size())).noneMatch(CarePackage::emergency);
        assertThat(board.subList(0, firstOrdinary)).extracting(CarePackage::id).contains(urgent.id()).doesNotContain(routine.id());
        assertThat(board.subList(firstOrdinary, board.size())).extracting(CarePackage::id).contains(routine.id());
    }

    @Test
    void the_commissioners_on_duty_are_told_and_every_commissioner_when_nobody_is() {
        secondCommissioner();
        noCapacityIn(central());
        duty(COMMISSIONER, false);
        duty(SECOND_COMMISSIONER, false);

        CarePackage nobodyOnDuty = publishedInCentral(Urgency.URGENT, Funding.COUNCIL);
        clock.advance(Duration.ofHours(48));
        escalation.escalateDue(clock.instant());
        assertThat(notified(nobodyOnDuty.id(), COMMISSIONER)).isOne();
        assertThat(notified(nobodyOnDuty.id(), SECOND_COMMISSIONER)).isOne();

        Duty onDuty = duty(SECOND_COMMISSIONER, true);
        assertThat(onDuty.onDuty()).isTrue();
        assertThat(onDuty.onDutyNow()).containsExactly("Second Commissioner");
        assertThat(api().retrieve(api().as(COMMISSIONER, GET("/api/duty")), Duty.class).onDuty()).isFalse();
        CarePackage secondOnDuty = publishedInCentral(Urgency.URGENT, Funding.COUNCIL);
        clock.advance(Duration.ofHours(48));
        escalation.escalateDue(clock.instant());
        assertThat(notified(secondOnDuty.id(), SECOND_COMMISSIONER)).isOne();
        assertThat(notified(secondOnDuty.id(), COMMISSIONER)).isZero();
        assertThat(notified(secondOnDuty.id())).isOne();

        // the e-mail names the package by its reference, never the person
        String email = emailTo(SECOND_COMMISSIONER, secondOnDuty.id());
        assertThat(email).contains(secondOnDuty.reference()).contains("Emergency")
                .doesNotContain(HAROLD.givenName()).doesNotContain(HAROLD.familyName()).doesNotContain(HAROLD.nhsNumber())
                .doesNotContain(HAROLD.addressLine());
        assertThat(number("select count(*) from audit_event where action = 'DUTY_CHANGED' and actor_name = ?", SECOND_COMMISSIONER)).isOne();

        duty(SECOND_COMMISSIONER, false);
    }

    String emailTo(String username, UUID packageId) {
        try (var connection = connectDirectly(); var statement = connection.prepareStatement("""
                select e.subject || ' ' || e.body from email_outbox e join notification n on n.id = e.notification_id
                  join app_user u on u.id = n.user_id
                 where u.username = ? and n.package_id = ? and n.kind = 'PACKAGE_EMERGENCY'""")) {
            statement.setString(1, username);
            statement.setObject(2, packageId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_chc_fast_track_placement_is_offered_at_once_to_every_provider_with_capacity_and_becomes_an_emergency_after_its_window() {
        List<String> users = frameworkProviders("Fast", 2);
        noCapacityIn(central());
        users.forEach(user -> capacity(user, central(), 600, clock.instant()));
        UUID coventry = id("select id from council where code = 'coventry'");
        var form = new ChcPackageForm(coventry, central(), null, 900, packageForm(central(), lotOfZone(central())).visitPattern(),
                today().plusDays(2), "End of life care at home; syringe driver checks.", HAROLD, "ICB-FT-1", null, null, null,
                Urgency.FAST_TRACK_CHC);

        ChcPackage placed = api().retrieve(POST("/api/chc/packages", form).bearerAuth(api().partnerToken())
                .header("Idempotency-Key", "fast-track-1"), ChcPackage.class);

        assertThat(placed.status()).isEqualTo(PackageStatus.OPEN);
        assertThat(placed.urgency()).isEqualTo(Urgency.FAST_TRACK_CHC);
        assertThat(placed.emergencyAt()).isNull();
        assertThat(offeredInCurrentRound(placed.id())).containsExactly("Fast provider 0", "Fast provider 1");
        assertThat(inbox(SPON_END)).noneMatch(o -> o.packageId().equals(placed.id()));

        // the same request again, the default urgency spelt out or not, is the same request
        ChcPackage again = api().retrieve(POST("/api/chc/packages", form).bearerAuth(api().partnerToken())
                .header("Idempotency-Key", "fast-track-1"), ChcPackage.class);
        assertThat(again.id()).isEqualTo(placed.id());

        clock.advance(Duration.ofHours(4));
        escalation.escalateDue(clock.instant());
        CarePackage escalated = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + placed.id())), CarePackage.class);
        assertThat(escalated.emergency()).isTrue();
        assertThat(history(escalated)).extracting(HistoryEntry::action).containsSubsequence("PUBLISHED", "ENTERED_OPEN", "ESCALATED");
    }

    @Test
    void a_routine_chc_placement_keeps_its_fingerprint_whether_or_not_it_says_routine() {
        UUID coventry = id("select id from council where code = 'coventry'");
        var silent = new ChcPackageForm(coventry, central(), null, 600, packageForm(central(), lotOfZone(central())).visitPattern(),
                today().plusDays(5), "Help with washing and meals.", HAROLD, "ICB-R-1");
        ChcPackage first = api().retrieve(POST("/api/chc/packages", silent).bearerAuth(api().partnerToken())
                .header("Idempotency-Key", "routine-1"), ChcPackage.class);

        ChcPackage spelt = api().retrieve(POST("/api/chc/packages", silent.withUrgency(Urgency.ROUTINE)).bearerAuth(api().partnerToken())
                .header("Idempotency-Key", "routine-1"), ChcPackage.class);

        assertThat(spelt.id()).isEqualTo(first.id());
        assertThat(first.urgency()).isEqualTo(Urgency.ROUTINE);
    }

    @Test
    void an_emergency_at_review_is_offered_to_nobody_more_its_bids_wait_for_the_award() {
        CarePackage published = publishedInCentral(Urgency.URGENT, Funding.COUNCIL);
        execute("update care_package set status = 'REVIEW', stage_ends_at = null where id = ?", published.id());
        int offers = number("select count(*) from offer where package_id = ?", published.id());
        clock.advance(Duration.ofHours(48));
        List<String> users = frameworkProviders("Review", 1);
        capacity(users.getFirst(), central(), 600, clock.instant());

        escalation.escalateDue(clock.instant());

        CarePackage escalated = show(published);
        assertThat(escalated.status()).isEqualTo(PackageStatus.REVIEW);
        assertThat(escalated.emergency()).isTrue();
        assertThat(number("select count(*) from offer where package_id = ?", published.id())).isEqualTo(offers);
        assertThat(history(published).getLast().facts()).containsEntry("outcome", "REVIEW");
        assertThat(number("select count(*) from notification where package_id = ? and message_key = 'package.emergency.review'",
                published.id())).isPositive();
    }

    @Test
    void an_open_package_is_offered_to_those_with_capacity_not_offered_it_yet_and_everyone_gets_a_whole_open_window() {
        UUID lot = openLotWithProviders("Escalating open lot", 2, false);
        List<String> onLot = usersOnLot(lot);
        PackageForm form = packageForm(central(), lot);
        CarePackage published = publish(draft(new PackageForm(form.zoneId(), form.lotId(), form.funding(), form.weeklyMinutes(),
                form.visitPattern(), form.startDate(), form.needsSummary(), form.person(), null, null, Urgency.URGENT)));
        assertThat(published.status()).isEqualTo(PackageStatus.OPEN);
        clock.advance(Duration.ofHours(47));
        Instant now = clock.instant();
        noCapacityIn(central());
        List<String> users = frameworkProviders("Joining", 1);
        capacity(users.getFirst(), central(), 600, now);
        // the urgent window is 48 hours: move the wait's start back an hour, as if published an hour earlier
        execute("update care_package set waiting_since = waiting_since - interval '1 hour' where id = ?", published.id());

        escalation.escalateDue(now);

        int openMinutes = api().retrieve(api().as(COMMISSIONER, GET("/api/brokerage-policy")),
                uk.homecare.portal.api.brokerage.BrokeragePolicy.class).openWindowMinutes();
        Instant windowEnd = now.plus(Duration.ofMinutes(openMinutes)).isAfter(published.stageEndsAt())
                ? now.plus(Duration.ofMinutes(openMinutes)) : published.stageEndsAt();
        CarePackage escalated = show(published);
        assertThat(escalated.status()).isEqualTo(PackageStatus.OPEN);
        assertThat(escalated.emergency()).isTrue();
        assertThat(escalated.stageEndsAt()).isEqualTo(windowEnd);
        assertThat(offeredInCurrentRound(published.id())).containsExactlyInAnyOrder("Escalating open lot provider 0",
                "Escalating open lot provider 1", "Joining provider 0");
        assertThat(offerFor(users.getFirst(), published).windowEndsAt()).isEqualTo(windowEnd);
        assertThat(offerFor(onLot.getFirst(), published).windowEndsAt()).isEqualTo(windowEnd);
    }

    @Test
    void a_handed_back_package_starts_a_new_wait_which_may_become_an_emergency_again() {
        noCapacityIn(central());
        CarePackage published = publishedInCentral(Urgency.URGENT, Funding.COUNCIL);
        clock.advance(Duration.ofHours(48));
        escalation.escalateDue(clock.instant());
        assertThat(show(published).emergency()).isTrue();
        execute("""
                update care_package set status = 'AWARDED', awarded_provider_id = (select organisation_id from app_user where username = ?),
                       awarded_at = ?, stage_ends_at = null, hand_back_on = ?::date
                 where id = ?""", SPON_END, clock.instant().atOffset(java.time.ZoneOffset.UTC), clock.today(), published.id());

        cascade.takeBackHandedBack(clock.today(), clock.instant());

        CarePackage back = show(published);
        assertThat(back.status()).isIn(PackageStatus.PRIMARY, PackageStatus.SECONDARY, PackageStatus.OPEN);
        assertThat(back.emergencyAt()).isNull();
        assertThat(back.escalatesAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        clock.advance(Duration.ofHours(48));
        escalation.escalateDue(clock.instant());
        assertThat(show(published).emergency()).isTrue();
        assertThat(escalations(published.id())).isEqualTo(2);
    }

    List<CarePackage> packages() {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages")), Argument.listOf(CarePackage.class));
    }

    List<HistoryEntry> history(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class));
    }
}
