package uk.homecare.portal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.chc.PartnerEvent;
import uk.homecare.portal.api.chc.Webhook;
import uk.homecare.portal.api.chc.WebhookDelivery;
import uk.homecare.portal.api.chc.WebhookForm;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.PortalTest;

/**
 * A partner's webhooks, end to end: registered over the API with the demo partner's client credentials,
 * fed by the trigger on care_package (the transactional outbox), sent by {@link WebhookSender} over real
 * HTTP to a receiver in this test that checks every signature, and watched by the partner over the API.
 */
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends PortalTest {

    private static final String PARTNER_CLIENT = "coventry-icb-demo";
    private static final String PARTNER_SECRET = "demo-client-secret-2026";
    private static final String NHS_NUMBER = "9434765919";
    private static final String FAMILY_NAME = "Quarrendon";
    private static final AtomicInteger NUMBER = new AtomicInteger();

    @Inject
    WebhookSender sender;


    @Inject
    JsonMapper json;

    @Inject
    uk.homecare.portal.identity.PasswordHasher hasher;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // Small batches, so racing senders each claim several times.
        properties.put("portal.webhooks.batch-size", "4");
        return properties;
    }

    /** Each test starts with no active webhook and nothing waiting to be sent. */
    @BeforeEach
    void noWebhooks() throws SQLException {
        try (Connection db = connectDirectly()) {
            db.createStatement().executeUpdate("update webhook_subscription set active = false");
            try (var giveUp = db.prepareStatement("update webhook_delivery set gave_up_at = ? where delivered_at is null and gave_up_at is null")) {
                giveUp.setObject(1, java.sql.Timestamp.from(clock.instant()));
                giveUp.executeUpdate();
            }
        }
    }

    @Test
    void a_registered_webhook_receives_a_signed_event_when_a_chc_package_changes() throws Exception {
        try (Receiver receiver = Receiver.accepting(); Connection db = connectDirectly()) {
            String token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET);
            HttpResponse<Webhook> registered = api().exchange(
                    HttpRequest.POST("/api/chc/webhooks", new WebhookForm(receiver.url())).bearerAuth(token), Webhook.class);
            assertThat(registered.getStatus().getCode()).isEqualTo(201);
            Webhook webhook = registered.body();
            assertThat(webhook.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
            assertThat(webhook.active()).isTrue();

            UUID packageId = chcPackage(db, partnerOf(db, PARTNER_CLIENT));
            Instant now = clock.instant();
            WebhookSender.Delivery run = sender.deliverDue(now);

            assertThat(run.delivered()).isOne();
            assertThat(run.failed()).isZero();
            assertThat(receiver.received()).hasSize(1);
            Receiver.Received request = receiver.received().getFirst();
            assertThat(request.contentType()).startsWith("application/json");
            assertThat(request.timestamp()).isEqualTo(Long.toString(now.getEpochSecond()));
            assertThat(verifies(webhook.secret(), request)).as("signed with the subscription's secret").isTrue();
            assertThat(verifies("whsec_someone-else", request)).as("and with no other").isFalse();

            PartnerEvent event = json.readValue(request.body(), PartnerEvent.class);
            assertThat(event.id()).isEqualTo(cursorOf(db, packageId)).matches("[0-9]+-[0-9]+");
            assertThat(event.type()).isEqualTo("package.created");
            assertThat(event.packageId()).isEqualTo(packageId);
            assertThat(event.partnerReference()).startsWith("ICB-");
            assertThat(event.status()).isEqualTo(PackageStatus.DRAFT);
            assertThat(event.weeklyMinutes()).isEqualTo(840);
            assertThat(request.body()).doesNotContain(NHS_NUMBER, FAMILY_NAME, "CV1 9XQ");

            List<WebhookDelivery> deliveries = deliveries(token, webhook.id());
            assertThat(deliveries).hasSize(1);
            assertThat(deliveries.getFirst().id().toString()).isEqualTo(request.id());
            assertThat(deliveries.getFirst().eventId()).isEqualTo(event.id());
            assertThat(deliveries.getFirst().attempts()).isOne();
            assertThat(deliveries.getFirst().lastStatus()).isEqualTo(204);
            assertThat(deliveries.getFirst().deliveredAt()).isEqualTo(now);
            assertThat(deliveries.getFirst().nextAttemptAt()).isNull();

            Webhook listed = mine(token, webhook.id());
            assertThat(listed.secret()).as("the secret is shown once").isNull();
            assertThat(listed.lastDeliveredAt()).isEqualTo(now);
            assertThat(listed.pendingDeliveries()).isZero();
            assertThat(sender.deliverDue(now).claimed()).as("nothing is sent twice").isZero();
        }
    }

    @Test
    void a_receiver_that_fails_twice_gets_the_event_again_and_the_partner_sees_the_tries_and_the_last_error() throws Exception {
        try (Receiver receiver = Receiver.failingFirst(2); Connection db = connectDirectly()) {
            String token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET);
            Webhook webhook = register(token, receiver.url());
            chcPackage(db, partnerOf(db, PARTNER_CLIENT));

            Instant first = clock.instant();
            assertThat(sender.deliverDue(first).failed()).isOne();
            WebhookDelivery afterFirst = deliveries(token, webhook.id()).getFirst();
            assertThat(afterFirst.attempts()).isOne();
            assertThat(afterFirst.lastStatus()).isEqualTo(500);
            assertThat(afterFirst.lastError()).isEqualTo("HTTP 500");
            assertThat(afterFirst.deliveredAt()).isNull();
            assertThat(afterFirst.nextAttemptAt()).isEqualTo(first.plusSeconds(30));
            assertThat(sender.deliverDue(first.plusSeconds(29)).claimed()).as("waits out the backoff").isZero();

            clock.advance(Duration.ofSeconds(30));
            assertThat(sender.deliverDue(clock.instant()).failed()).isOne();
            WebhookDelivery afterSecond = deliveries(token, webhook.id()).getFirst();
            assertThat(afterSecond.attempts()).isEqualTo(2);
            assertThat(afterSecond.nextAttemptAt()).as("the wait doubles").isEqualTo(clock.instant().plusSeconds(60));
            Webhook failing = mine(token, webhook.id());
            assertThat(failing.pendingDeliveries()).isOne();
            assertThat(failing.lastError()).isEqualTo("HTTP 500");
            assertThat(failing.lastErrorAt()).isEqualTo(clock.instant());

            clock.advance(Duration.ofSeconds(60));
            assertThat(sender.deliverDue(clock.instant()).delivered()).isOne();
            List<Receiver.Received> requests = receiver.received();
            assertThat(requests).hasSize(3);
            assertThat(requests).extracting(Receiver.Received::id).containsOnly(afterFirst.id().toString());
            assertThat(requests).extracting(Receiver.Received::body).as("the same event each time").containsOnly(requests.getFirst().body());
            assertThat(requests).allSatisfy(r -> assertThat(verifies(webhook.secret(), r)).isTrue());
            assertThat(requests).extracting(Receiver.Received::timestamp).doesNotHaveDuplicates();

            WebhookDelivery delivered = deliveries(token, webhook.id()).getFirst();
            assertThat(delivered.attempts()).isEqualTo(3);
            assertThat(delivered.lastStatus()).isEqualTo(204);
            assertThat(delivered.lastError()).as("the last failure stays visible").isEqualTo("HTTP 500");
            assertThat(delivered.deliveredAt()).isEqualTo(clock.instant());
            assertThat(delivered.nextAttemptAt()).isNull();
            assertThat(mine(token, webhook.id()).pendingDeliveries()).isZero();
        }
    }

    @Test
    void an_unreachable_receiver_is_tried_twelve_times_then_given_up_and_the_partner_sees_why() throws Exception {
        try (Connection db = connectDirectly()) {
            String token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET);
            String nobodyListens;
            try (Receiver gone = Receiver.accepting()) {
                nobodyListens = gone.url();
            }
            Webhook webhook = register(token, nobodyListens);
            chcPackage(db, partnerOf(db, PARTNER_CLIENT));

            for (int attempt = 1; attempt <= 12; attempt++) {
                assertThat(sender.deliverDue(clock.instant()).failed()).as("try " + attempt).isOne();
                clock.advance(Duration.ofHours(1));
            }
            assertThat(sender.deliverDue(clock.instant()).claimed()).as("given up").isZero();
            token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET); // twelve hours on, the first token has long expired

            WebhookDelivery given = deliveries(token, webhook.id()).getFirst();
            assertThat(given.attempts()).isEqualTo(12);
            assertThat(given.lastStatus()).as("no answer, no status").isNull();
            assertThat(given.lastError()).contains("ConnectException");
            assertThat(given.gaveUpAt()).isNotNull();
            assertThat(given.nextAttemptAt()).isNull();
            Webhook listed = mine(token, webhook.id());
            assertThat(listed.failedDeliveries()).isOne();
            assertThat(listed.pendingDeliveries()).isZero();
        }
    }

    @Test
    void two_senders_racing_deliver_each_event_once() throws Exception {
        try (Receiver receiver = Receiver.slow(20); Connection db = connectDirectly()) {
            String token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET);
            register(token, receiver.url());
            UUID partner = partnerOf(db, PARTNER_CLIENT);
            int events = 30;
            for (int i = 0; i < events; i++) {
                chcPackage(db, partner);
            }
            Instant now = clock.instant();

            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> node = () -> {
                start.await();
                int delivered = 0;
                for (WebhookSender.Delivery run = sender.deliverDue(now); run.claimed() > 0; run = sender.deliverDue(now)) {
                    delivered += run.delivered();
                }
                return delivered;
            };
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Future<Integer>> runs = new ArrayList<>(List.of(nodes.submit(node), nodes.submit(node)));
            start.countDown();
            int first = runs.get(0).get();
            int second = runs.get(1).get();
            nodes.shutdown();

            assertThat(first + second).isEqualTo(events);
            assertThat(first).as("both took part").isPositive();
            assertThat(second).as("both took part").isPositive();
            assertThat(receiver.timesById()).hasSize(events).allSatisfy((id, times) -> assertThat(times).as(id).isOne());
        }
    }

    @Test
    void a_package_change_that_rolls_back_leaves_nothing_to_send() throws Exception {
        try (Receiver receiver = Receiver.accepting(); Connection db = connectDirectly()) {
            String token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET);
            Webhook webhook = register(token, receiver.url());
            UUID partner = partnerOf(db, PARTNER_CLIENT);

            db.setAutoCommit(false);
            chcPackage(db, partner);
            assertThat(count(db, "select count(*) from webhook_delivery where subscription_id = '" + webhook.id() + "'"))
                    .as("the delivery is written with the change").isOne();
            db.rollback();
            db.setAutoCommit(true);

            assertThat(sender.deliverDue(clock.instant()).claimed()).isZero();
            assertThat(deliveries(token, webhook.id())).isEmpty();
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void a_deleted_webhook_stays_listed_inactive_and_gets_nothing_more() throws Exception {
        try (Receiver receiver = Receiver.accepting(); Connection db = connectDirectly()) {
            String token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET);
            Webhook webhook = register(token, receiver.url());
            chcPackage(db, partnerOf(db, PARTNER_CLIENT));

            Webhook deleted = api().retrieve(HttpRequest.DELETE("/api/chc/webhooks/" + webhook.id()).bearerAuth(token), Webhook.class);
            chcPackage(db, partnerOf(db, PARTNER_CLIENT));

            assertThat(deleted.active()).isFalse();
            assertThat(sender.deliverDue(clock.instant()).claimed()).isZero();
            assertThat(receiver.received()).isEmpty();
            assertThat(deliveries(token, webhook.id())).as("only the event before the delete").hasSize(1)
                    .allSatisfy(d -> assertThat(d.gaveUpAt()).isNotNull());
            assertThat(api().retrieve(HttpRequest.DELETE("/api/chc/webhooks/" + webhook.id()).bearerAuth(token), Webhook.class)
                    .active()).as("deleting again is no error").isFalse();
        }
    }

    @Test
    void a_partner_cannot_see_or_delete_another_partners_webhook_nor_receive_its_events() throws Exception {
        try (Receiver mine = Receiver.accepting(); Receiver theirs = Receiver.accepting(); Connection db = connectDirectly()) {
            String token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET);
            String otherToken = otherPartner(db);
            Webhook webhook = register(token, mine.url());
            Webhook other = register(otherToken, theirs.url());

            assertThat(api().retrieve(HttpRequest.GET("/api/chc/webhooks").bearerAuth(otherToken), Argument.listOf(Webhook.class)))
                    .extracting(Webhook::id).containsExactly(other.id());
            for (var request : List.of(HttpRequest.GET("/api/chc/webhooks/" + webhook.id()),
                    HttpRequest.GET("/api/chc/webhooks/" + webhook.id() + "/deliveries"),
                    HttpRequest.DELETE("/api/chc/webhooks/" + webhook.id()))) {
                var refusal = api().refusal(request.bearerAuth(otherToken));
                assertThat(refusal.getStatus().getCode()).as(request.getMethod() + " " + request.getPath()).isEqualTo(404);
                assertThat(refusal.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
            }
            assertThat(mine(token, webhook.id()).active()).isTrue();

            chcPackage(db, partnerOf(db, PARTNER_CLIENT));
            sender.deliverDue(clock.instant());
            assertThat(mine.received()).hasSize(1);
            assertThat(theirs.received()).as("another partner's events are not theirs").isEmpty();
        }
    }

    @Test
    void people_other_than_partner_systems_are_refused() {
        for (String person : List.of("commissioner@coventry.demo", "provider@coventry.demo")) {
            assertThat(api().refusal(api().as(person, HttpRequest.GET("/api/chc/webhooks"))).getStatus().getCode()).isEqualTo(403);
            assertThat(api().refusal(api().as(person, HttpRequest.POST("/api/chc/webhooks", new WebhookForm("http://127.0.0.1:9/x"))))
                    .getStatus().getCode()).isEqualTo(403);
        }
        assertThat(api().refusal(HttpRequest.GET("/api/chc/webhooks")).getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void a_url_that_is_not_http_is_refused() {
        String token = partnerToken(PARTNER_CLIENT, PARTNER_SECRET);
        for (String url : List.of("ftp://example.org/hook", "example.org/hook", "https://user:pw@example.org/hook", "")) {
            var refusal = api().refusal(HttpRequest.POST("/api/chc/webhooks", new WebhookForm(url)).bearerAuth(token));
            assertThat(refusal.getStatus().getCode()).as(url).isEqualTo(400);
        }
    }

    // --- helpers

    /** Checks a request's signature as a partner would: HMAC-SHA256 over "timestamp.body", in constant time. */
    private static boolean verifies(String secret, Receiver.Received request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((request.timestamp() + "." + request.body()).getBytes(StandardCharsets.UTF_8));
            String header = request.signature();
            return header != null && header.startsWith("v1=")
                    && MessageDigest.isEqual(expected, HexFormat.of().parseHex(header.substring(3)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }


    private String partnerToken(String clientId, String secret) {
        return api().retrieve(HttpRequest.POST("/oauth/token", Map.of(
                        "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class).accessToken();
    }

    private Webhook register(String token, String url) {
        return api().retrieve(HttpRequest.POST("/api/chc/webhooks", new WebhookForm(url)).bearerAuth(token), Webhook.class);
    }

    private Webhook mine(String token, UUID id) {
        return api().retrieve(HttpRequest.GET("/api/chc/webhooks").bearerAuth(token), Argument.listOf(Webhook.class)).stream()
                .filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    private List<WebhookDelivery> deliveries(String token, UUID id) {
        return api().retrieve(HttpRequest.GET("/api/chc/webhooks/" + id + "/deliveries").bearerAuth(token),
                Argument.listOf(WebhookDelivery.class));
    }

    /** A second NHS partner serving Coventry, with client credentials of its own; returns its token. */
    private String otherPartner(Connection db) throws SQLException {
        String clientId = "other-icb-" + NUMBER.incrementAndGet();
        String secret = "other-secret-" + UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("""
                with org as (
                    insert into organisation (kind, name, ods_code) values ('NHS_PARTNER', 'Another ICB', ?) returning id
                ), served as (
                    insert into organisation_council (organisation_id, council_id)
                    select org.id, c.id from org, council c where c.code = 'coventry'
                )
                insert into api_client (client_id, secret_hash, organisation_id) select ?, ?, org.id from org""")) {
            insert.setString(1, "X" + NUMBER.get() + "Q");
            insert.setString(2, clientId);
            insert.setString(3, hasher.hash(secret));
            insert.executeUpdate();
        }
        return partnerToken(clientId, secret);
    }

    private static UUID partnerOf(Connection db, String clientId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select organisation_id from api_client where client_id = ?")) {
            select.setString(1, clientId);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** A CHC package placed by {@code partner} in Coventry, straight into the table: the trigger writes its event. */
    private static UUID chcPackage(Connection db, UUID partner) throws SQLException {
        int n = NUMBER.incrementAndGet();
        try (PreparedStatement insert = db.prepareStatement("""
                with z as (
                    select z.id, z.council_id, l.id as lot_id
                      from zone z join council c on c.id = z.council_id join lot l on l.zone_id = z.id
                     where c.code = 'coventry' and z.code = 'CENTRAL'
                     limit 1
                ), person_row as (
                    insert into person (council_id, given_name, family_name, nhs_number, address_line, postcode)
                    select z.council_id, 'Wilhelmina', ?, ?, '77 Larkspur Hidden Lane', 'CV1 9XQ' from z
                    on conflict (council_id, nhs_number) where nhs_number is not null do update set given_name = excluded.given_name
                    returning id
                )
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes,
                                          visits_per_day, visit_minutes, times_of_day, out_of_hours, double_handed,
                                          start_date, needs_summary, postcode_district, placed_by, partner_reference)
                select z.council_id, ?, person_row.id, z.id, z.lot_id, 'NHS_CHC', 840, 4, 30, 'MORNING,LUNCH,TEA,EVENING',
                       false, true, ?, 'Nursing needs', 'CV1', ?, ?
                  from z, person_row
                returning id""")) {
            insert.setString(1, FAMILY_NAME);
            insert.setString(2, NHS_NUMBER);
            insert.setString(3, "COV-W" + n);
            insert.setObject(4, MovableClock.testDay().plusDays(3));
            insert.setObject(5, partner);
            insert.setString(6, "ICB-" + n);
            try (var row = insert.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static String cursorOf(Connection db, UUID packageId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select txid::text || '-' || id from partner_event where package_id = ? order by id limit 1")) {
            select.setObject(1, packageId);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
