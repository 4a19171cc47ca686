package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.testing.LoggedLines;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.TestDatabases;

/**
 * Two portal nodes (two application contexts) on one database, each running the scheduled jobs every node runs
 * (the cascade, the hours bank, the notifier, the e-mail sender, the webhook sender) in threads of their own, side
 * by side, over about 10,000 items seeded at once. The test ticks the jobs itself (their scheduled intervals are
 * far away) with each node's clock at the same instant.
 *
 * <p>Both nodes working: every item is processed exactly once: each lapsed package moves once (one audit event,
 * one new offer per secondary provider), each week's lot is credited once and expired once (one ledger entry each),
 * each new offer is told once to each provider user, each e-mail reaches the mail server once, each webhook reaches
 * the receiver once. One node stopped mid-run, holding leased e-mails and webhooks: the other does everything
 * else at once, leaves the stopped node's leases alone while they run, and finishes them when they run out. Nothing
 * is lost; an e-mail the stopped node never handed to the mail server arrives once; a webhook the stopped node sent
 * but never saw acknowledged is sent again with the same {@code Webhook-Id} (at least once, with the id as the
 * idempotency key), and no acknowledged webhook is ever sent twice.
 */
class TwoNodesProcessEveryItemExactlyOnceTest {

    private static final Logger LOG = LoggerFactory.getLogger(TwoNodesProcessEveryItemExactlyOnceTest.class);
    /*
     * About 12,600 items: 3,000 packages to move on (and their 3,000 new offers to tell), 1,000 people's 6,000 lots
     * to credit or expire, 600 e-mails and 3,000 webhooks. Few e-mails, because the sender opens one SMTP session
     * per e-mail, one e-mail after another on each node: about 20 a second a node on two busy cores.
     */
    private static final int LAPSED_PACKAGES = 3_000;
    private static final int PEOPLE = 1_000; // 5 weekly lots to credit and 1 to expire each
    private static final int LOTS_EACH = 5;
    private static final int EMAILS = 600;
    private static final int WEBHOOKS = 3_000;
    private static final String PREFIX = "TWO-NODES-";
    /** The deliveries to the test's receiver (the demo's own subscriptions are switched off). */
    private static final String OURS = "subscription_id in (select id from webhook_subscription where url like '%/hooks/two-nodes')";
    private static final Duration WORK_LIMIT = Duration.ofMinutes(3);
    /** The jobs every node runs, by class: each of their {@code @Scheduled} methods is one worker of the node. */
    private static final Set<String> JOBS = Set.of("CascadeJob", "HoursBankJob", "NotificationJobs", "WebhookJob");

    @Test
    void two_nodes_working_side_by_side_process_every_item_exactly_once() throws Exception {
        String url = TestDatabases.freshDatabaseUrl();
        try (Mailbox mail = new Mailbox(); Receiver receiver = new Receiver();
                Node a = Node.start("a", url, mail.properties()); Node b = Node.start("b", url, mail.properties())) {
            Instant now = a.clock.instant().truncatedTo(ChronoUnit.MICROS);
            b.clock.set(now);
            Seeded seeded = seed(url, now, receiver.url());

            LoggedLines log = new LoggedLines();
            log.listen();
            try {
                List<Thread> workers = new ArrayList<>();
                try (Backlog backlog = new Backlog(url, now)) {
                    long started = System.nanoTime();
                    workers.addAll(a.work(backlog::doneWith));
                    workers.addAll(b.work(backlog::doneWith));
                    join(workers, WORK_LIMIT);
                    LOG.info("Two nodes processed everything in {} ms", (System.nanoTime() - started) / 1_000_000);
                }
            } finally {
                log.stop();
            }
            assertThat(Left.at(url, now).total()).as("work left").isZero();

            everyItemProcessedOnce(url, seeded, now);
            assertThat(mail.receivedOncePerOutboxRow(url)).as("e-mails received more than once or never").isEmpty();
            assertThat(receiver.timesById().values()).as("webhooks received per delivery").containsOnly(1L);
            assertThat(receiver.timesById()).hasSize(count(url, "select count(*) from webhook_delivery where " + OURS));
            assertThat(log.text()).as("no job failed").doesNotContain("failed; ", "run failed");
        }
    }

    @Test
    void a_node_stopped_mid_run_leaves_its_leases_to_run_out_and_the_other_finishes_everything() throws Exception {
        String url = TestDatabases.freshDatabaseUrl();
        try (Mailbox mail = new Mailbox(); BlackHole deadSmtp = new BlackHole(); Receiver receiver = new Receiver();
                Node b = Node.start("b", url, mail.properties());
                // Node A sends its e-mails to a server that never answers, and the receiver holds every request:
                // A claims and leases a batch of each, and is stopped while it waits on them (its webhook requests
                // wait longer than the test may take to see that, so none of them fails before A stops).
                Node a = Node.start("a", url, with(deadSmtp.properties(), "portal.webhooks.request-timeout", "90s"))) {
            Instant now = a.clock.instant().truncatedTo(ChronoUnit.MICROS);
            a.clock.set(now);
            b.clock.set(now);
            Seeded seeded = seed(url, now, receiver.url());
            receiver.hold();
            List<Thread> aWorkers = a.work(job -> false);
            waitUntil(() -> receiver.held() > 0 && deadSmtp.connections() > 0
                    && count(url, "select count(*) from email_outbox where sent_at is null and next_attempt_at > ?", now) > 0);
            a.close();
            deadSmtp.close();
            join(aWorkers, Duration.ofSeconds(30));
            Set<String> heldAtStop = receiver.releaseHeld(); // answered 503, to connections A has already dropped
            // What A holds, read once its workers have certainly stopped. A stopping node claims no further batch: A
            // holds the one batch of webhooks it was sending (some perhaps cut short before they reached the receiver).
            int emailsLeasedByA = count(url, "select count(*) from email_outbox where sent_at is null and next_attempt_at > ?", now);
            Set<String> webhooksLeasedByA = ids(url, "select id from webhook_delivery where delivered_at is null and leased_until > ? and " + OURS, now);
            assertThat(heldAtStop).isNotEmpty();
            assertThat(emailsLeasedByA).isPositive().isLessThanOrEqualTo(50);
            assertThat(webhooksLeasedByA).as("webhooks A leased: one batch, no batch claimed while stopping").hasSize(50)
                    .containsAll(heldAtStop);

            // B does everything else at once, and leaves A's leases alone while they run.
            long started = System.nanoTime();
            try (Backlog backlog = new Backlog(url, now)) {
                join(b.work(backlog::doneWith), WORK_LIMIT);
            }
            LOG.info("Node b alone did all but a's leases in {} ms", (System.nanoTime() - started) / 1_000_000);
            assertThat(count(url, "select count(*) from email_outbox where sent_at is null")).as("e-mails left: A's").isEqualTo(emailsLeasedByA);
            assertThat(ids(url, "select id from webhook_delivery where delivered_at is null and " + OURS)).as("webhooks left: A's")
                    .isEqualTo(webhooksLeasedByA);
            assertThat(receiver.timesById()).as("no held delivery sent again during its lease")
                    .allSatisfy((id, times) -> assertThat(times).isOne());

            // The leases run out (e-mail 5 minutes, webhooks 2): B finishes A's work.
            Instant later = now.plus(Duration.ofMinutes(10));
            b.clock.set(later);
            started = System.nanoTime();
            try (Backlog backlog = new Backlog(url, later)) {
                join(b.work(backlog::doneWith), WORK_LIMIT);
            }
            LOG.info("Node b finished a's leased work in {} ms", (System.nanoTime() - started) / 1_000_000);
            assertThat(Left.at(url, later).total()).isZero();

            everyItemProcessedOnce(url, seeded, now);
            assertThat(mail.receivedOncePerOutboxRow(url)).as("e-mails received more than once or never").isEmpty();
            Map<String, Long> times = receiver.timesById();
            assertThat(times).hasSize(count(url, "select count(*) from webhook_delivery where " + OURS));
            assertThat(times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet()))
                    .as("sent twice: only what A sent and never saw acknowledged").isEqualTo(heldAtStop);
            assertThat(times.values()).containsOnly(1L, 2L);
            assertThat(receiver.acknowledgedById().values()).as("each webhook acknowledged once").containsOnly(1L);
            assertThat(receiver.acknowledgedById()).hasSize(times.size());
            assertThat(count(url, "select count(*) from webhook_delivery where " + OURS + " and (attempts <> 1 or last_error is not null)"))
                    .as("tries counted against the partner because a node stopped").isZero();
        }
    }

    @Test
    void a_node_whose_mail_server_is_slow_stops_its_batch_before_the_lease_runs_out_so_no_email_is_sent_twice()
            throws Exception {
        String url = TestDatabases.freshDatabaseUrl();
        try (Mailbox mail = new Mailbox(); SlowRelay slow = new SlowRelay(mail.port, Duration.ofMillis(300));
                Node a = Node.start("a", url, slow.properties()); Node b = Node.start("b", url, mail.properties())) {
            Instant now = a.clock.instant().truncatedTo(ChronoUnit.MICROS);
            b.clock.set(now);
            int batch = 50;
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                update(db, "update email_outbox set gave_up_at = ? where sent_at is null", now.atOffset(ZoneOffset.UTC));
                seedEmails(db, batch, now);
            }
            // A claims the batch (leased for 5 minutes) and sends it slowly, one SMTP session after another.
            Thread aSending = a.once("NotificationJobs.sendDue");
            waitUntil(() -> mail.received() >= 3);
            // Four and a half minutes on: less than the minute A keeps in hand is left of its lease. A stops.
            a.clock.set(now.plus(Duration.ofSeconds(270)));
            aSending.join(Duration.ofSeconds(10));
            boolean aStopped = !aSending.isAlive();
            // The lease has run out: B claims what A left and sends it, while A (had it not stopped) would still be sending.
            Instant later = now.plus(Duration.ofMinutes(6));
            a.clock.set(later);
            b.clock.set(later);
            Thread bSending = b.once("NotificationJobs.sendDue");
            bSending.join(Duration.ofSeconds(60));
            aSending.join(Duration.ofSeconds(60));

            assertThat(mail.receivedOncePerOutboxRow(url)).as("e-mails received more than once or never").isEmpty();
            assertThat(aStopped).as("A stopped its batch before the lease ran out").isTrue();
            assertThat(count(url, "select count(*) from email_outbox where subject like '" + PREFIX + "%' and sent_at is not null"))
                    .isEqualTo(batch);
        }
    }

    // ------------------------------------------------------------------ what must have happened

    private static void everyItemProcessedOnce(String url, Seeded seeded, Instant now) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            Map<String, String> none = new LinkedHashMap<>();
            // The cascade: each lapsed package moved once, to SECONDARY, with one audit event and its offers.
            none.put("packages not in SECONDARY", "select count(*) from care_package where reference like '" + PREFIX
                    + "%' and (status <> 'SECONDARY' or round <> 1 or version <> 1)");
            none.put("packages moved other than once", "select count(*) from care_package p where p.reference like '" + PREFIX
                    + "%' and (select count(*) from audit_event a where a.entity_id = p.id and a.action like 'ENTERED_%') <> 1");
            none.put("PRIMARY offers not lapsed", "select count(*) from offer o join care_package p on p.id = o.package_id"
                    + " where p.reference like '" + PREFIX + "%' and o.stage = 'PRIMARY' and o.response <> 'LAPSED'");
            none.put("packages without exactly one SECONDARY offer per secondary provider", """
                    select count(*) from care_package p where p.reference like '%s%%'
                       and (select count(*) from offer o where o.package_id = p.id and o.stage = 'SECONDARY')
                        <> (select count(*) from lot_provider lp where lp.lot_id = p.lot_id and lp.tier = 'SECONDARY')""".formatted(PREFIX));
            // The hours bank: each week credited once, the oldest expired once, each with one ledger entry.
            none.put("people without their lots", """
                    select count(*) from person pe where pe.family_name like '%s%%'
                       and (select count(*) from hours_lot l where l.person_id = pe.id) <> %d""".formatted(PREFIX, LOTS_EACH));
            none.put("lots without exactly one credit", """
                    select count(*) from hours_lot l join person pe on pe.id = l.person_id where pe.family_name like '%s%%'
                       and (select count(*) from hours_ledger e where e.lot_id = l.id and e.kind = 'CREDIT') <> 1""".formatted(PREFIX));
            none.put("lots expired other than once", """
                    select count(*) from hours_lot l join person pe on pe.id = l.person_id where pe.family_name like '%s%%'
                       and (select count(*) from hours_ledger e where e.lot_id = l.id and e.kind = 'EXPIRY')
                        <> case when l.expires_after < ?::date then 1 else 0 end""".formatted(PREFIX));
            none.put("lots whose ledger does not explain the balance", """
                    select count(*) from hours_lot l
                     where l.remaining_minutes <> (select sum(e.minutes) from hours_ledger e where e.lot_id = l.id)""");
            // The notifier: every offer told once to each provider user, every notification e-mailed at most once.
            none.put("offers not told", "select count(*) from offer where notified_at is null");
            none.put("new offers not told to each provider user once", """
                    select count(*) from offer o join care_package p on p.id = o.package_id
                     where p.reference like '%s%%' and o.stage = 'SECONDARY'
                       and (select count(*) from notification n where n.offer_id = o.id and n.kind = 'OFFER_MADE')
                        <> (select count(*) from app_user u where u.organisation_id = o.provider_id and u.role = 'PROVIDER' and u.enabled)"""
                    .formatted(PREFIX));
            none.put("notifications e-mailed twice", "select count(*) from (select notification_id from email_outbox"
                    + " where notification_id is not null group by notification_id having count(*) > 1) twice");
            // E-mail and webhooks: everything sent, nothing given up, each delivery tried exactly as often as recorded.
            none.put("e-mails not sent", "select count(*) from email_outbox where sent_at is null or gave_up_at is not null");
            none.put("webhooks not delivered", "select count(*) from webhook_delivery where " + OURS + " and (delivered_at is null or gave_up_at is not null)");
            Map<String, Integer> found = new LinkedHashMap<>();
            for (var check : none.entrySet()) {
                try (PreparedStatement statement = db.prepareStatement(check.getValue())) {
                    if (check.getValue().contains("?::date")) {
                        statement.setObject(1, LocalDate.ofInstant(now, MovableClock.UK));
                    }
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        found.put(check.getKey(), rows.getInt(1));
                    }
                }
            }
            assertThat(found).as("items not processed exactly once").allSatisfy((what, count) -> assertThat(count).as(what).isZero());
            assertThat(count(url, "select count(*) from email_outbox where subject like '" + PREFIX + "%'")).isEqualTo(EMAILS);
            assertThat(seeded.packages()).isEqualTo(LAPSED_PACKAGES);
        }
    }

    /** The work due at {@code now}, by kind: lapsed packages, people with lots to credit or expire, offers to tell, e-mails and webhooks. */
    private record Left(int packages, int lots, int offers, int emails, int webhooks) {

        static final Left UNKNOWN = new Left(1, 1, 1, 1, 1);

        static Left at(String url, Instant now) {
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                return at(db, now);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        static Left at(Connection db, Instant now) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement("""
                    select (select count(*) from care_package where status in ('PRIMARY', 'SECONDARY', 'OPEN') and stage_ends_at <= ?),
                           (select count(*) from person pe where pe.family_name like '%1$s%%'
                               and (select count(*) from hours_lot l where l.person_id = pe.id) < %2$d)
                         + (select count(*) from hours_lot where not expired and expires_after < ?::date),
                           (select count(*) from offer where notified_at is null),
                           (select count(*) from email_outbox where sent_at is null and gave_up_at is null and next_attempt_at <= ?),
                           (select count(*) from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id and s.active
                             where d.delivered_at is null and d.gave_up_at is null and (d.attempts = 0 or d.next_attempt_at <= ?)
                               and (d.leased_until is null or d.leased_until <= ?))""".formatted(PREFIX, LOTS_EACH))) {
                var at = now.atOffset(ZoneOffset.UTC);
                statement.setObject(1, at);
                statement.setObject(2, LocalDate.ofInstant(now, MovableClock.UK));
                statement.setObject(3, at);
                statement.setObject(4, at);
                statement.setObject(5, at);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return new Left(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getInt(5));
                }
            }
        }

        int total() {
            return packages + lots + offers + emails + webhooks;
        }
    }

    /**
     * What is left, read every 50 ms by one connection, and when each job has finished: its own work is done and
     * nothing before it can make more (the cascade makes offers to tell; telling makes e-mails). Work a node has
     * claimed and leased is not due, so a node stops while the other finishes what it holds.
     */
    private static final class Backlog implements AutoCloseable {

        private final AtomicReference<Left> left = new AtomicReference<>(Left.UNKNOWN);
        private final AtomicBoolean polling = new AtomicBoolean(true);
        private final Thread poller;

        Backlog(String url, Instant now) {
            poller = Thread.ofVirtual().start(() -> {
                try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
                    while (polling.get()) {
                        left.set(Left.at(db, now));
                        Thread.sleep(50);
                    }
                } catch (SQLException | InterruptedException e) {
                    polling.set(false);
                }
            });
        }

        boolean doneWith(String job) {
            Left now = left.get();
            return switch (job) {
                case "CascadeJob.tick" -> now.packages() == 0;
                case "HoursBankJob.tick" -> now.lots() == 0;
                case "NotificationJobs.notifyDue" -> now.packages() + now.offers() == 0;
                case "NotificationJobs.sendDue" -> now.packages() + now.offers() + now.emails() == 0;
                case "WebhookJob.deliverDue" -> now.webhooks() == 0;
                default -> throw new IllegalArgumentException(job);
            };
        }

        @Override
        public void close() throws InterruptedException {
            polling.set(false);
            poller.join();
        }
    }

    // ------------------------------------------------------------------ seeding: set-based, as the database owner

    private record Seeded(int packages) {}

    private static final String LOTS = uk.homecare.portal.brokerage.BenchCascadeTick.LOTS;

    private static Seeded seed(String url, Instant now, String receiverUrl) throws SQLException {
        var at = now.atOffset(ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, MovableClock.UK);
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            // Lapsed PRIMARY windows (closed 1 s to an hour ago), each package with its pending offer, already told.
            int packages = update(db, LOTS + """
                    , packages as (
                        insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes,
                                                  visits_per_day, visit_minutes, times_of_day, out_of_hours, double_handed, start_date,
                                                  needs_summary, postcode_district, status, round, stage_started_at, stage_ends_at, published_at)
                        select lots.council_id, ? || g, lots.person_id, lots.zone_id, lots.lot_id, 'COUNCIL', 420,
                               2, 30, 'MORNING,TEATIME', false, false, ?::date,
                               'Two nodes: personal care twice a day', 'CV1', 'PRIMARY', 1,
                               ?::timestamptz - interval '1 day', ?::timestamptz - make_interval(secs => 1 + g % 3600), ?::timestamptz - interval '1 day'
                          from generate_series(1, ?) g
                          join lots on lots.i = g % lots.lot_count
                        returning id, lot_id, round, stage_started_at, stage_ends_at
                    )
                    insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at, notified_at, reminded_at)
                    select p.id, p.round, lp.provider_id, 'PRIMARY', p.stage_started_at, p.stage_ends_at, p.stage_started_at, p.stage_started_at
                      from packages p join lot_provider lp on lp.lot_id = p.lot_id and lp.tier = 'PRIMARY'""",
                    PREFIX, today.plusDays(7), at, at, at, LAPSED_PACKAGES);
            // People whose plans began four weeks ago: five weeks to credit, the first of them to expire.
            update(db, """
                    with source as (
                        select u.council_id, (select organisation_id from app_user where username = 'provider@coventry.demo') as provider_id
                          from app_user u where u.username = 'person@coventry.demo'
                    ),
                    people as (
                        insert into person (council_id, given_name, family_name, postcode)
                        select s.council_id, 'Node', ? || g, 'CV1 1AA' from generate_series(1, ?) g cross join source s
                        returning id, council_id
                    )
                    insert into hours_plan (council_id, person_id, provider_id, weekly_minutes, starts_on)
                    select p.council_id, p.id, s.provider_id, 600, ?::date from people p cross join source s""",
                    PREFIX, PEOPLE, monday.minusDays(28));
            // The notifier e-mails the users of one provider only: the other providers' users are told in the portal
            // (their notifications are checked), and the mail server is spared thousands of e-mails (one SMTP session each).
            update(db, """
                    update app_user set email = null
                     where role = 'PROVIDER' and organisation_id <> (select organisation_id from app_user where username = 'provider@coventry.demo')""");
            seedEmails(db, EMAILS, now);
            // Webhooks: one active subscription (to the receiver), and events of its partner: the trigger queues a delivery each.
            update(db, "update webhook_subscription set active = false");
            update(db, "update webhook_delivery set gave_up_at = ? where delivered_at is null and gave_up_at is null", at);
            update(db, """
                    insert into webhook_subscription (partner_id, url, secret)
                    select c.organisation_id, ?, 'whsec_two-nodes-test-secret' from api_client c where c.client_id = 'coventry-icb-demo'""",
                    receiverUrl);
            int events = update(db, """
                    with served as (
                        select oc.organisation_id, oc.council_id, (select p.id from care_package p where p.council_id = oc.council_id limit 1) as package_id
                          from api_client c join organisation_council oc on oc.organisation_id = c.organisation_id
                         where c.client_id = 'coventry-icb-demo' and oc.until is null
                         order by oc.council_id limit 1
                    )
                    insert into partner_event (partner_id, council_id, package_id, type, status, weekly_minutes, start_date, occurred_at)
                    select s.organisation_id, s.council_id, s.package_id, 'package.updated', 'PRIMARY', 420, ?::date, ?::timestamptz
                      from served s cross join generate_series(1, ?) g""", today.plusDays(7), at, WEBHOOKS);
            assertThat(events).isEqualTo(WEBHOOKS);
            assertThat(count(url, "select count(*) from webhook_delivery where delivered_at is null and gave_up_at is null")).isEqualTo(WEBHOOKS);
            try (var statement = db.createStatement()) {
                statement.execute("vacuum analyze");
            }
            assertThat(packages).as("lapsed offers seeded").isEqualTo(LAPSED_PACKAGES);
            return new Seeded(count(url, "select count(*) from care_package where reference like '" + PREFIX + "%'"));
        }
    }

    /** E-mails due a minute before {@code now}, to 20 addresses. */
    private static void seedEmails(Connection db, int count, Instant now) throws SQLException {
        var at = now.atOffset(ZoneOffset.UTC);
        update(db, """
                insert into email_outbox (to_address, subject, body, created_at, next_attempt_at)
                select 'person' || g % 20 || '@two-nodes.test', ? || g, 'E-mail ' || g || ' of the two nodes test.',
                       ?::timestamptz - interval '1 minute', ?::timestamptz - interval '1 minute'
                  from generate_series(1, ?) g""", PREFIX, at, at, count);
    }

    private static int update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static int count(String url, String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Set<String> ids(String url, String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres"); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameters[i]);
            }
            Set<String> ids = new java.util.HashSet<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Map<String, String> with(Map<String, String> properties, String name, String value) {
        Map<String, String> more = new HashMap<>(properties);
        more.put(name, value);
        return more;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting");
            }
            Thread.sleep(20);
        }
    }

    private static void join(List<Thread> workers, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread worker : workers) {
            worker.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (worker.isAlive()) {
                workers.forEach(Thread::interrupt);
                throw new AssertionError(worker.getName() + " still working after " + limit);
            }
        }
    }

    // ------------------------------------------------------------------ a node

    /** One portal node: an application context of its own, its own clock, and its scheduled jobs to tick. */
    private static final class Node implements AutoCloseable {

        private final String name;
        private final ApplicationContext context;
        private final MovableClock clock;
        private final Map<String, Runnable> jobs = new LinkedHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);

        private Node(String name, ApplicationContext context) {
            this.name = name;
            this.context = context;
            this.clock = context.getBean(MovableClock.class);
            for (BeanDefinition<?> definition : context.getAllBeanDefinitions()) {
                if (!JOBS.contains(definition.getBeanType().getSimpleName())) {
                    continue;
                }
                Object bean = context.getBean(definition);
                for (ExecutableMethod<?, ?> method : definition.getExecutableMethods()) {
                    if (method.hasAnnotation(Scheduled.class)) {
                        @SuppressWarnings("unchecked")
                        ExecutableMethod<Object, ?> tick = (ExecutableMethod<Object, ?>) method;
                        jobs.put(definition.getBeanType().getSimpleName() + "." + method.getMethodName(), () -> tick.invoke(bean));
                    }
                }
            }
            assertThat(jobs).as("node %s's jobs", name).hasSize(5);
        }

        static Node start(String name, String url, Map<String, String> mail) {
            Map<String, Object> properties = new HashMap<>(mail);
            properties.put("datasources.default.url", url);
            properties.put("datasources.default.username", "postgres");
            properties.put("datasources.default.password", "postgres");
            properties.put("ui.enabled", false);
            // Every job on, and the scheduler's first tick far away: the test ticks them.
            for (String job : List.of("cascade", "hours-bank", "notifications", "webhooks")) {
                properties.put("portal." + job + ".enabled", true);
                properties.put("portal." + job + ".interval", "1000h");
                properties.put("portal." + job + ".initial-delay", "1000h");
            }
            properties.put("portal.mail.interval", "1000h");
            ApplicationContext context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .environments("test")
                    .properties(properties)
                    .start();
            return new Node(name, context);
        }

        /** Ticks one job once, in a thread of its own. */
        Thread once(String job) {
            Runnable tick = jobs.get(job);
            return Thread.ofPlatform().name("node-" + name + "-" + job).start(tick);
        }

        /** Starts a thread per job, each ticking it until {@code done} says its work is over (or the node stops). */
        List<Thread> work(Predicate<String> done) {
            List<Thread> workers = new ArrayList<>();
            for (var job : jobs.entrySet()) {
                workers.add(Thread.ofPlatform().name("node-" + name + "-" + job.getKey()).start(() -> {
                    try {
                        do {
                            job.getValue().run();
                            Thread.sleep(2); // the other threads on two cores
                        } while (running.get() && !done.test(job.getKey()));
                    } catch (Exception e) {
                        if (running.get()) {
                            throw new IllegalStateException(e);
                        }
                    }
                }));
            }
            return workers;
        }

        @Override
        public void close() {
            running.set(false);
            if (context.isRunning()) {
                context.close();
            }
        }
    }

    // ------------------------------------------------------------------ the outside world

    /** A real SMTP server (GreenMail) both nodes send to. */
    private static final class Mailbox implements AutoCloseable {

        final int port = freePort();
        private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

        Mailbox() {
            smtp.start();
        }

        Map<String, String> properties() {
            return Map.of("portal.mail.smtp-host", "127.0.0.1", "portal.mail.smtp-port", Integer.toString(port),
                    "portal.mail.from", "portal@homecare.test");
        }

        int received() {
            return smtp.getReceivedMessages().length;
        }

        /** Each e-mail the outbox says it sent against what arrived: those that arrived other than once (address, subject, text). */
        Map<String, Integer> receivedOncePerOutboxRow(String url) throws Exception {
            Map<String, Integer> difference = new HashMap<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                difference.merge(key(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(), uk.homecare.portal.testing.Mailbox.text(message)),
                        1, Integer::sum);
            }
            try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                    var rows = db.createStatement().executeQuery("select to_address, subject, body from email_outbox where sent_at is not null")) {
                while (rows.next()) {
                    difference.merge(key(rows.getString(1), rows.getString(2), rows.getString(3)), -1, Integer::sum);
                }
            }
            difference.values().removeIf(times -> times == 0);
            return difference;
        }

        private static String key(String to, String subject, String body) {
            return to.toLowerCase() + " | " + subject + " | " + body.replaceAll("\\s+", " ").strip();
        }


        @Override
        public void close() {
            smtp.stop();
        }
    }

    /** A slow way to the mail server: each connection waits a while before it is put through, so each e-mail takes that long. */
    private static final class SlowRelay implements AutoCloseable {

        private final ServerSocket server;

        SlowRelay(int target, Duration delay) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                try {
                    while (!server.isClosed()) {
                        Socket client = server.accept();
                        Thread.ofVirtual().start(() -> relay(client, target, delay));
                    }
                } catch (IOException closed) {
                    // closed by the test
                }
            });
        }

        private static void relay(Socket client, int target, Duration delay) {
            try (client; Socket smtp = new Socket(InetAddress.getLoopbackAddress(), target)) {
                Thread.sleep(delay);
                Thread back = Thread.ofVirtual().start(() -> {
                    try {
                        smtp.getInputStream().transferTo(client.getOutputStream());
                        client.shutdownOutput();
                    } catch (IOException ended) {
                        // the session ended
                    }
                });
                client.getInputStream().transferTo(smtp.getOutputStream());
                smtp.shutdownOutput();
                back.join();
            } catch (IOException | InterruptedException ended) {
                // the session ended
            }
        }

        Map<String, String> properties() {
            return Map.of("portal.mail.smtp-host", "127.0.0.1", "portal.mail.smtp-port", Integer.toString(server.getLocalPort()),
                    "portal.mail.from", "portal@homecare.test");
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /** An SMTP port that accepts connections and never says a word: a node sending there hangs mid-batch. */
    private static final class BlackHole implements AutoCloseable {

        private final ServerSocket server;
        private final Queue<Socket> accepted = new ConcurrentLinkedQueue<>();

        BlackHole() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                try {
                    while (!server.isClosed()) {
                        accepted.add(server.accept());
                    }
                } catch (IOException closed) {
                    // closed by the test
                }
            });
        }

        Map<String, String> properties() {
            return Map.of("portal.mail.smtp-host", "127.0.0.1", "portal.mail.smtp-port", Integer.toString(server.getLocalPort()),
                    "portal.mail.from", "portal@homecare.test");
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    /**
     * A partner's webhook endpoint: keeps the {@code Webhook-Id} of every request, answers 204, and while holding,
     * keeps each request waiting without an answer until released, then answers 503 (never acknowledged).
     */
    private static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final Queue<String> received = new ConcurrentLinkedQueue<>();
        private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        private final Set<String> held = ConcurrentHashMap.newKeySet();
        private volatile CountDownLatch release;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/hooks", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    String id = exchange.getRequestHeaders().getFirst("Webhook-Id");
                    received.add(id);
                    CountDownLatch holding = release;
                    if (holding != null) {
                        held.add(id);
                        holding.await();
                        exchange.sendResponseHeaders(503, -1);
                        return;
                    }
                    exchange.sendResponseHeaders(204, -1);
                    acknowledged.add(id);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/two-nodes";
        }

        void hold() {
            release = new CountDownLatch(1);
        }

        int held() {
            return held.size();
        }

        /** Stops holding; the held requests are answered 503. Answers which ids were held. */
        Set<String> releaseHeld() {
            CountDownLatch holding = release;
            release = null;
            if (holding != null) {
                holding.countDown();
            }
            return Set.copyOf(held);
        }

        Map<String, Long> timesById() {
            return received.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        }

        Map<String, Long> acknowledgedById() {
            return acknowledged.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        }

        @Override
        public void close() {
            releaseHeld();
            server.stop(0);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
