package uk.homecare.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.testing.Race;

@MicronautTest(transactional = false)
class ExpiryRemindersTest extends ComplianceTest {

    @Inject
    ExpiryReminders reminders;

    private Instant start;

    @BeforeEach
    void rememberTheDay() {
        start = clock.instant();
    }

    @AfterEach
    void backToTheDay() {
        clock.set(start);
    }

    private void runOn(LocalDate day) {
        clock.set(day, LocalTime.of(9, 0));
        reminders.remindDue(clock.today(), clock.instant());
    }

    private int told(Provider provider, String key) {
        return number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where u.organisation_id = ? and n.kind = 'COMPLIANCE_EXPIRY' and n.message_key = ?""", provider.id(), key);
    }

    @Test
    void the_provider_is_reminded_30_days_and_7_days_before_and_on_the_day_each_exactly_once() {
        Provider provider = newProvider();
        LocalDate expires = clock.today().plusDays(40);
        ComplianceDocument document = uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, expires);

        runOn(expires.minusDays(31));
        assertThat(told(provider, "compliance.expiring")).as("31 days before").isZero();
        runOn(expires.minusDays(30));
        runOn(expires.minusDays(30));
        runOn(expires.minusDays(29));
        assertThat(told(provider, "compliance.expiring")).as("30 days before, once").isOne();
        runOn(expires.minusDays(7));
        runOn(expires.minusDays(6));
        assertThat(told(provider, "compliance.expiring")).as("and 7 days before, once").isEqualTo(2);
        runOn(expires);
        runOn(expires.plusDays(1));
        runOn(expires.plusDays(40));

        assertThat(told(provider, "compliance.expired")).as("on the day it expires, once").isOne();
        assertThat(number("select count(*) from compliance_reminder where document_id = ?", document.id())).isEqualTo(3);
        assertThat(number("select count(*) from email_outbox e join notification n on n.id = e.notification_id "
                + "join app_user u on u.id = n.user_id where u.organisation_id = ?", provider.id())).isEqualTo(3);
    }

    @Test
    void the_email_names_the_kind_of_document_and_its_date_and_nothing_else() throws Exception {
        Provider provider = newProvider();
        LocalDate expires = clock.today().plusDays(20);
        uploaded(provider, ComplianceDocumentType.EMPLOYERS_LIABILITY_INSURANCE, expires);

        runOn(clock.today());

        try (var db = connectDirectly(); var statement = db.prepareStatement("""
                select e.subject, e.body from email_outbox e join notification n on n.id = e.notification_id
                  join app_user u on u.id = n.user_id where u.organisation_id = ?""")) {
            statement.setObject(1, provider.id());
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("subject")).contains("employer's liability insurance");
                assertThat(rows.getString("body")).contains("employer's liability insurance").doesNotContain("certificate")
                        .doesNotContain("Compliance Staff").doesNotContain(provider.staff());
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void a_superseded_or_rejected_document_is_not_reminded_of() {
        Provider provider = newProvider();
        uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(10));
        uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(365));
        ComplianceDocument rejected = uploaded(provider, ComplianceDocumentType.DATA_SECURITY_TOOLKIT, clock.today().plusDays(5));
        execute("""
                update compliance_document set status = 'REJECTED', rejection_reason = 'Not ours', decided_at = ? where id = ?""",
                java.sql.Timestamp.from(clock.instant()), rejected.id());

        runOn(clock.today());

        assertThat(told(provider, "compliance.expiring")).isZero();
    }

    @Test
    void nodes_running_the_reminders_at_once_send_each_reminder_once() throws Exception {
        Provider provider = newProvider();
        List<UUID> documents = List.of(
                uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(7)).id(),
                uploaded(provider, ComplianceDocumentType.EMPLOYERS_LIABILITY_INSURANCE, clock.today().plusDays(30)).id(),
                uploaded(provider, ComplianceDocumentType.DATA_SECURITY_TOOLKIT, clock.today().plusDays(3)).id());
        LocalDate today = clock.today();
        Instant now = clock.instant();

        Race.of(4, i -> reminders.remindDue(today, now));

        assertThat(told(provider, "compliance.expiring")).isEqualTo(3);
        for (UUID document : documents) {
            assertThat(number("select count(*) from compliance_reminder where document_id = ?", document)).as("reminders of one document").isOne();
        }
    }
}
