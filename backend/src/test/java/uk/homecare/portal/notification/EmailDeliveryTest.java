package uk.homecare.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.Mailbox;
import uk.homecare.portal.testing.PortalTest;

/** E-mails go to a real SMTP server (GreenMail, in this process, on a free port) and survive its outages. */
@MicronautTest(transactional = false)
class EmailDeliveryTest extends PortalTest {

    private static final String PROVIDER = "provider@coventry.demo";

    private final int smtpPort = freePort();
    private GreenMail smtp = startSmtp();

    @Inject
    OfferNotifier notifier;

    @Inject
    EmailOutbox outbox;


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.mail.smtp-host", "127.0.0.1");
        properties.put("portal.mail.smtp-port", Integer.toString(smtpPort));
        properties.put("portal.mail.from", "portal@homecare.test");
        return properties;
    }

    @AfterEach
    void serverRunsAgain() throws Exception {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void an_email_is_delivered_to_a_real_smtp_server_and_marked_sent() throws Exception {
        try (Connection db = connectDirectly()) {
            Packages.Package offered = Packages.offered(db, clock.instant(), Duration.ofHours(24));
            notifier.notifyDue(clock.instant());

            EmailOutbox.Delivery delivery = outbox.sendDue(clock.instant());

            assertThat(delivery.sent()).isGreaterThanOrEqualTo(1);
            assertThat(delivery.failed()).isZero();
            assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage message = messageAbout(offered);
            assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                    .containsExactly(PROVIDER);
            assertThat(message.getFrom()[0].toString()).isEqualTo("portal@homecare.test");
            assertThat(message.getSubject()).isEqualTo("New offer " + offered.reference() + " in zone Central");
            assertThat(Mailbox.text(message))
                    .contains("New offer " + offered.reference() + " in zone Central (Coventry City Council), primary stage")
                    .doesNotContain(Packages.FAMILY_NAME, Packages.NHS_NUMBER, Packages.ADDRESS_LINE, Packages.POSTCODE);

            Row row = row(db, offered);
            assertThat(row.sentAt()).isNotNull();
            assertThat(row.attempts()).isZero();
            assertThat(outbox.sendDue(clock.instant()).claimed()).as("nothing is sent twice").isZero();
        }
    }

    @Test
    void an_email_comes_under_the_sender_name_its_council_set_in_its_settings() throws Exception {
        String settings = "/api/council/settings";
        var loaded = api().retrieve(api().as("admin@coventry.demo", io.micronaut.http.HttpRequest.GET(settings)),
                uk.homecare.portal.api.council.CouncilSettings.class);
        var named = new uk.homecare.portal.api.council.CouncilSettings(loaded.minVisitMinutes(), loaded.primaryWindowMinutes(),
                loaded.secondaryWindowMinutes(), loaded.openWindowMinutes(), loaded.openStageRule(), loaded.handBackNoticeDays(),
                loaded.language(), loaded.mfaRequired(), "Coventry Care & Support", loaded.version());
        api().retrieve(api().as("admin@coventry.demo", io.micronaut.http.HttpRequest.PUT(settings, named)),
                uk.homecare.portal.api.council.CouncilSettings.class);
        try (Connection db = connectDirectly()) {
            Packages.Package offered = Packages.offered(db, clock.instant(), Duration.ofHours(24));
            notifier.notifyDue(clock.instant());

            assertThat(outbox.sendDue(clock.instant()).sent()).isGreaterThanOrEqualTo(1);
            assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
            var from = (jakarta.mail.internet.InternetAddress) messageAbout(offered).getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("portal@homecare.test");
            assertThat(from.getPersonal()).isEqualTo("Coventry Care & Support");
        } finally {
            execute("update council set email_sender_name = null where code = 'coventry'");
        }
    }

    @Test
    void a_mail_outage_loses_nothing_retries_with_growing_waits_and_sends_when_the_server_is_back() throws Exception {
        try (Connection db = connectDirectly()) {
            smtp.stop();
            Packages.Package offered = Packages.offered(db, clock.instant(), Duration.ofHours(24));
            notifier.notifyDue(clock.instant());
            Instant firstTry = clock.instant();

            assertThat(outbox.sendDue(firstTry).failed()).isOne();
            Row afterFirst = row(db, offered);
            assertThat(afterFirst.sentAt()).isNull();
            assertThat(afterFirst.attempts()).isOne();
            assertThat(afterFirst.nextAttemptAt()).isEqualTo(micros(firstTry.plus(Duration.ofMinutes(1))));
            assertThat(afterFirst.lastError()).contains("Exception").doesNotContain("@", "COV-");
            assertThat(outbox.sendDue(firstTry.plusSeconds(59)).claimed()).as("waits its turn").isZero();

            clock.advance(Duration.ofMinutes(1));
            assertThat(outbox.sendDue(clock.instant()).failed()).isOne();
            Row afterSecond = row(db, offered);
            assertThat(afterSecond.attempts()).isEqualTo(2);
            assertThat(afterSecond.nextAttemptAt()).isEqualTo(micros(clock.instant().plus(Duration.ofMinutes(2))));

            smtp = startSmtp();
            clock.advance(Duration.ofMinutes(2));
            assertThat(outbox.sendDue(clock.instant()).sent()).isOne();
            assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(messageAbout(offered).getSubject()).contains(offered.reference());
            Row sent = row(db, offered);
            assertThat(sent.sentAt()).isEqualTo(micros(clock.instant()));
            assertThat(sent.attempts()).isEqualTo(2);
            assertThat(sent.lastError()).isNull();
        }
    }

    @Test
    void after_the_last_try_the_portal_gives_up_and_the_email_stays_visible() throws Exception {
        try (Connection db = connectDirectly()) {
            smtp.stop();
            Packages.Package offered = Packages.offered(db, clock.instant(), Duration.ofHours(24));
            notifier.notifyDue(clock.instant());
            try (var statement = db.prepareStatement("""
                    update email_outbox set attempts = 9
                     where notification_id in (select id from notification where package_id = ?)""")) {
                statement.setObject(1, offered.id());
                statement.executeUpdate();
            }

            assertThat(outbox.sendDue(clock.instant()).failed()).isOne();
            Row gaveUp = row(db, offered);
            assertThat(gaveUp.attempts()).isEqualTo(10);
            assertThat(gaveUp.gaveUpAt()).isEqualTo(micros(clock.instant()));
            assertThat(gaveUp.sentAt()).isNull();

            smtp = startSmtp();
            clock.advance(Duration.ofHours(2));
            assertThat(outbox.sendDue(clock.instant()).claimed()).isZero();
        }
    }


    private MimeMessage messageAbout(Packages.Package offered) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(offered.reference())) {
                return message;
            }
        }
        throw new AssertionError("No e-mail about " + offered.reference() + " among " + smtp.getReceivedMessages().length);
    }

    private record Row(Instant sentAt, int attempts, Instant nextAttemptAt, String lastError, Instant gaveUpAt) {}

    private static Row row(Connection db, Packages.Package offered) throws SQLException {
        try (var statement = db.prepareStatement("""
                select e.sent_at, e.attempts, e.next_attempt_at, e.last_error, e.gave_up_at
                  from email_outbox e join notification n on n.id = e.notification_id
                 where n.package_id = ?""")) {
            statement.setObject(1, offered.id());
            try (var rows = statement.executeQuery()) {
                List<Row> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Row(instant(rows.getTimestamp(1)), rows.getInt(2), instant(rows.getTimestamp(3)),
                            rows.getString(4), instant(rows.getTimestamp(5))));
                }
                assertThat(found).hasSize(1);
                return found.getFirst();
            }
        }
    }

    /** As PostgreSQL keeps it: to the microsecond. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
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
