package uk.homecare.portal.notification;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@Tag("calendar")
@MicronautTest(transactional = false)
class NotificationsTest extends PortalTest {

    private static final String PROVIDER = "provider@coventry.demo";
    private static final String COMMISSIONER = "commissioner@coventry.demo";
    private static final Duration DAY = Duration.ofHours(24);

    @Inject
    OfferNotifier notifier;


    @Test
    void a_new_offer_tells_each_provider_user_once_and_queues_one_email_for_each_user_with_an_address() throws Exception {
        try (Connection db = connectDirectly()) {
            // A second Spon End user, without an e-mail address: told in the portal, not by e-mail.
            db.createStatement().execute("""
                    insert into app_user (username, display_name, password_hash, role, organisation_id)
                    select 'second-provider@coventry.demo', 'Second Provider', 'x', 'PROVIDER', organisation_id
                      from app_user where username = 'provider@coventry.demo'""");
            Packages.Package offered = Packages.offered(db, clock.instant(), DAY);

            notifier.notifyDue(clock.instant());

            assertThat(count(db, offered, PROVIDER, "OFFER_MADE")).isOne();
            assertThat(count(db, offered, "second-provider@coventry.demo", "OFFER_MADE")).isOne();
            assertThat(emailsTo(db, offered)).containsExactly(PROVIDER);
            assertThat(single(db, "select notified_at is not null from offer where package_id = ?", offered.id())).isEqualTo("t");
        }
    }

    @Test
    void running_the_notifier_twice_tells_once() throws Exception {
        try (Connection db = connectDirectly()) {
            Packages.Package offered = Packages.offered(db, clock.instant(), DAY);

            notifier.notifyDue(clock.instant());
            notifier.notifyDue(clock.instant());

            assertThat(count(db, offered, PROVIDER, "OFFER_MADE")).isOne();
            assertThat(emailsTo(db, offered)).hasSize(1);
        }
    }

    @Test
    void notifiers_racing_on_several_threads_tell_each_offer_exactly_once() throws Exception {
        try (Connection db = connectDirectly()) {
            List<Packages.Package> offered = Packages.offered(db, clock.instant(), DAY, 40);
            Packages.Package unallocated = Packages.waiting(db, "UNALLOCATED", clock.instant());

            int threads = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<OfferNotifier.Run>> runs = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    Callable<OfferNotifier.Run> run = () -> {
                        start.await();
                        return notifier.notifyDue(clock.instant());
                    };
                    runs.add(pool.submit(run));
                }
                start.countDown();
                int offersClaimed = 0;
                int packagesClaimed = 0;
                for (Future<OfferNotifier.Run> run : runs) {
                    offersClaimed += run.get().offers();
                    packagesClaimed += run.get().packages();
                }
                assertThat(offersClaimed).isEqualTo(offered.size());
                assertThat(packagesClaimed).isOne();
            } finally {
                pool.shutdownNow();
            }

            for (Packages.Package p : offered) {
                assertThat(count(db, p, PROVIDER, "OFFER_MADE")).as(p.reference()).isOne();
                assertThat(emailsTo(db, p)).as(p.reference()).hasSize(1);
            }
            assertThat(count(db, unallocated, COMMISSIONER, "PACKAGE_UNALLOCATED")).isOne();
            assertThat(emailsTo(db, unallocated)).containsExactly(COMMISSIONER);
        }
    }

    @Test
    void a_reminder_goes_out_once_when_the_response_window_closes_within_two_hours() throws Exception {
        try (Connection db = connectDirectly()) {
            Packages.Package offered = Packages.offered(db, clock.instant(), DAY);
            notifier.notifyDue(clock.instant());

            clock.advance(Duration.ofHours(21)); // three hours left
            notifier.notifyDue(clock.instant());
            assertThat(count(db, offered, PROVIDER, "OFFER_LAPSING")).isZero();

            clock.advance(Duration.ofMinutes(61)); // just under two hours left
            notifier.notifyDue(clock.instant());
            notifier.notifyDue(clock.instant());
            clock.advance(Duration.ofMinutes(30));
            notifier.notifyDue(clock.instant());

            assertThat(count(db, offered, PROVIDER, "OFFER_LAPSING")).isOne();
            assertThat(emailsTo(db, offered)).containsExactly(PROVIDER, PROVIDER); // the offer, then the reminder
            assertThat(texts(PROVIDER, offered)).anySatisfy(text ->
                    assertThat(text).startsWith("Reminder: offer " + offered.reference()).contains("lapses at"));
        }
    }

    @Test
    void an_offer_whose_window_is_already_short_gets_one_message_not_an_offer_and_a_reminder() throws Exception {
        try (Connection db = connectDirectly()) {
            Packages.Package offered = Packages.offered(db, clock.instant(), Duration.ofMinutes(90));

            notifier.notifyDue(clock.instant());
            notifier.notifyDue(clock.instant());

            assertThat(count(db, offered, PROVIDER, "OFFER_MADE")).isOne();
            assertThat(count(db, offered, PROVIDER, "OFFER_LAPSING")).isZero();
        }
    }

    @Test
    void commissioners_of_the_council_are_told_once_when_a_package_becomes_unallocated_or_has_bids_to_review() throws Exception {
        try (Connection db = connectDirectly()) {
            Packages.Package unallocated = Packages.waiting(db, "UNALLOCATED", clock.instant());
            Packages.Package review = Packages.waiting(db, "REVIEW", clock.instant());
            LocalDate proposed = clock.today().plusDays(10);
            try (var bid = db.prepareStatement("""
                    insert into offer (package_id, round, provider_id, stage, offered_at, response, proposed_start, responded_at, notified_at)
                    select p.id, p.round, lp.provider_id, 'OPEN', ?, 'BID', ?, ?, ?
                      from care_package p join lot_provider lp on lp.lot_id = p.lot_id where p.id = ? limit 1""")) {
                var at = java.sql.Timestamp.from(clock.instant());
                bid.setTimestamp(1, at);
                bid.setObject(2, proposed);
                bid.setTimestamp(3, at);
                bid.setTimestamp(4, at);
                bid.setObject(5, review.id());
                assertThat(bid.executeUpdate()).isOne();
            }

            notifier.notifyDue(clock.instant());
            notifier.notifyDue(clock.instant());

            assertThat(texts(COMMISSIONER, review)).as("the review says the proposed start, in words").containsExactly(
                    "Package " + review.reference() + " in zone Central (Coventry City Council) has bids waiting for your review: "
                            + "1 in all, the earliest proposing to start on "
                            + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).format(proposed) + ".");

            assertThat(count(db, unallocated, COMMISSIONER, "PACKAGE_UNALLOCATED")).isOne();
            assertThat(count(db, review, COMMISSIONER, "PACKAGE_REVIEW")).isOne();
            assertThat(count(db, unallocated, "commissioner@bradford.demo", "PACKAGE_UNALLOCATED")).isZero();
            assertThat(count(db, unallocated, PROVIDER, "PACKAGE_UNALLOCATED")).isZero();
            assertThat(emailsTo(db, unallocated)).containsExactly(COMMISSIONER);
            assertThat(texts(COMMISSIONER, unallocated)).containsExactly(
                    "Package " + unallocated.reference() + " in zone Central (Coventry City Council) is unallocated: "
                            + "no provider took it. It needs emergency measures.");

            // A new round that ends unallocated again is news again.
            db.createStatement().execute("update care_package set round = 2 where id = '" + unallocated.id() + "'");
            notifier.notifyDue(clock.instant());
            assertThat(count(db, unallocated, COMMISSIONER, "PACKAGE_UNALLOCATED")).isEqualTo(2);
        }
    }

    @Test
    void a_user_sees_only_their_own_notifications_and_cannot_mark_another_users_read() throws Exception {
        Packages.Package offered;
        try (Connection db = connectDirectly()) {
            offered = Packages.offered(db, clock.instant(), DAY);
        }
        notifier.notifyDue(clock.instant());

        Notification mine = inbox(PROVIDER).stream()
                .filter(n -> offered.id().equals(n.packageId())).findFirst().orElseThrow();
        assertThat(mine.kind()).isEqualTo("OFFER_MADE");
        assertThat(mine.read()).isFalse();
        assertThat(mine.text()).startsWith("New offer " + offered.reference() + " in zone Central (Coventry City Council), "
                + "primary stage: answer by ");
        assertThat(inbox(COMMISSIONER)).noneMatch(n -> n.id().equals(mine.id()));
        assertThat(inbox("provider@bradford.demo")).noneMatch(n -> n.id().equals(mine.id()));

        var refusal = api().refusal(api().as(COMMISSIONER, POST("/api/notifications/" + mine.id() + "/read", "")));
        assertThat(refusal.getStatus().getCode()).isEqualTo(404);
        assertThat(refusal.getResponse().getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo("application/problem+json"));
        assertThat(Api.problemOf(refusal).status()).isEqualTo(404);
        assertThat(inbox(PROVIDER)).filteredOn(n -> n.id().equals(mine.id())).singleElement()
                .satisfies(n -> assertThat(n.read()).isFalse());

        Notification read = api().retrieve(api().as(PROVIDER, POST("/api/notifications/" + mine.id() + "/read", "")),
                Notification.class);
        assertThat(read.read()).isTrue();
        assertThat(read.id()).isEqualTo(mine.id());
        assertThat(inbox(PROVIDER)).filteredOn(n -> n.id().equals(mine.id())).singleElement()
                .satisfies(n -> assertThat(n.read()).isTrue());

        var unknown = api().refusal(api().as(PROVIDER, POST("/api/notifications/" + UUID.randomUUID() + "/read", "")));
        assertThat(unknown.getStatus().getCode()).isEqualTo(404);
        assertThat(api().refusal(GET("/api/notifications")).getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void notifications_and_emails_carry_no_name_nhs_number_or_address() throws Exception {
        try (Connection db = connectDirectly()) {
            Packages.offered(db, clock.instant(), Duration.ofMinutes(30));
            Packages.waiting(db, "UNALLOCATED", clock.instant());
            Packages.waiting(db, "REVIEW", clock.instant());
            notifier.notifyDue(clock.instant());
            clock.advance(Duration.ofMinutes(1));
            notifier.notifyDue(clock.instant());

            List<String> written = new ArrayList<>();
            written.addAll(column(db, "select array_to_string(message_args, ' | ') from notification"));
            written.addAll(column(db, "select subject || ' ' || body from email_outbox"));
            written.addAll(inbox(PROVIDER).stream().map(Notification::text).toList());
            written.addAll(inbox(COMMISSIONER).stream().map(Notification::text).toList());

            assertThat(written).hasSizeGreaterThan(4);
            List<String> personal = new ArrayList<>(List.of(Packages.GIVEN_NAME, Packages.FAMILY_NAME, Packages.NHS_NUMBER,
                    Packages.ADDRESS_LINE, Packages.POSTCODE, "CV1"));
            personal.addAll(column(db, "select given_name from person"));
            personal.addAll(column(db, "select family_name from person"));
            personal.addAll(column(db, "select nhs_number from person where nhs_number is not null"));
            personal.addAll(column(db, "select address_line from person where address_line is not null"));
            personal.addAll(column(db, "select postcode from person where postcode is not null"));
            personal.addAll(column(db, "select display_name from app_user"));
            for (String text : written) {
                for (String detail : personal) {
                    assertThat(text).as("written text").doesNotContainIgnoringCase(detail);
                }
            }
        }
    }

    @Test
    void a_new_offer_says_from_when_care_is_wanted_and_the_latest_start_in_words_in_each_users_language() throws Exception {
        Packages.Package offered;
        int tolerance;
        try (Connection db = connectDirectly()) {
            offered = Packages.offered(db, clock.instant(), DAY);
            tolerance = Integer.parseInt(single(db, """
                    select coalesce((select bp.start_tolerance_days from brokerage_policy bp
                                      where bp.council_id = p.council_id), 14)
                      from care_package p where p.id = ?""", offered.id()));
            db.createStatement().execute("""
                    insert into app_user (username, display_name, password_hash, role, organisation_id, language)
                    select 'welsh-provider@coventry.demo', 'Welsh Provider', 'x', 'PROVIDER', organisation_id, 'cy'
                      from app_user where username = 'provider@coventry.demo'""");
        }
        notifier.notifyDue(clock.instant());

        LocalDate wanted = clock.today().plusDays(7);
        LocalDate latest = wanted.plusDays(tolerance);
        java.time.format.DateTimeFormatter english = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);
        assertThat(texts(PROVIDER, offered)).singleElement().asString()
                .endsWith("Care is wanted from " + english.format(wanted) + "; start no later than " + english.format(latest) + ".");
        try (Connection db = connectDirectly()) {
            String email = single(db, """
                    select e.body from email_outbox e join notification n on n.id = e.notification_id
                      join app_user u on u.id = n.user_id where n.package_id = ? and u.username = 'provider@coventry.demo'""", offered.id());
            assertThat(email).as("the e-mail says it too").contains(english.format(latest));
            java.util.List<String> args = java.util.List.of(single(db, """
                    select array_to_string(n.message_args, '|') from notification n join app_user u on u.id = n.user_id
                     where n.package_id = ? and u.username = 'welsh-provider@coventry.demo'""", offered.id()).split("\\|"));
            assertThat(args).contains(wanted.toString(), latest.toString());
            assertThat(Texts.render("offer.made", args, "cy")).contains("dechreuwch ddim hwyrach na "
                    + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("cy")).format(latest));
        }
    }

    private List<Notification> inbox(String username) {
        return api().retrieve(api().as(username, GET("/api/notifications")), Argument.listOf(Notification.class));
    }

    private List<String> texts(String username, Packages.Package p) {
        return inbox(username).stream().filter(n -> p.id().equals(n.packageId())).map(Notification::text).toList();
    }

    private static int count(Connection db, Packages.Package p, String username, String kind) throws SQLException {
        return Integer.parseInt(single(db, """
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where n.package_id = ? and u.username = '%s' and n.kind = '%s'""".formatted(username, kind), p.id()));
    }

    /** The addresses e-mails about the package were queued to, oldest first. */
    private static List<String> emailsTo(Connection db, Packages.Package p) throws SQLException {
        try (var statement = db.prepareStatement("""
                select e.to_address from email_outbox e join notification n on n.id = e.notification_id
                 where n.package_id = ? order by e.created_at, n.kind""")) {
            statement.setObject(1, p.id());
            List<String> to = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    to.add(rows.getString(1));
                }
            }
            return to;
        }
    }

    private static String single(Connection db, String sql, UUID parameter) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static List<String> column(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
