package uk.homecare.portal.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/** A partner can look at its deliveries' tries for thirty days after they finished; one still trying is kept however old. */
@MicronautTest(transactional = false)
class FinishedWebhookDeliveriesGoAfterThirtyDaysTest extends PortalTest {

    @Inject
    Retention retention;

    @Test
    void deliveries_finished_over_thirty_days_ago_go_and_the_rest_stay() {
        Instant now = clock.instant();
        UUID delivered31 = delivery(now.minus(Duration.ofDays(40)));
        UUID gaveUp31 = delivery(now.minus(Duration.ofDays(40)));
        UUID delivered29 = delivery(now.minus(Duration.ofDays(40)));
        UUID stillTrying = delivery(now.minus(Duration.ofDays(60)));
        finished(delivered31, "delivered_at", now.minus(Duration.ofDays(31)));
        finished(gaveUp31, "gave_up_at", now.minus(Duration.ofDays(31)));
        finished(delivered29, "delivered_at", now.minus(Duration.ofDays(29)));

        Retention.Removed removed = retention.expire(now);

        assertThat(removed.webhookDeliveries()).isEqualTo(2);
        assertThat(exists(delivered31)).isFalse();
        assertThat(exists(gaveUp31)).isFalse();
        assertThat(exists(delivered29)).isTrue();
        assertThat(exists(stillTrying)).as("an undelivered delivery is kept however old").isTrue();
    }

    /** A delivery made the way the portal makes them: an event of a partner with an active subscription. */
    private UUID delivery(Instant created) {
        UUID subscription = id("""
                insert into webhook_subscription (partner_id, url, secret)
                select organisation_id, 'https://partner.example/hooks/' || gen_random_uuid(), 'retention-secret'
                  from api_client where client_id = ?
                returning id""", Api.PARTNER_CLIENT);
        execute("update webhook_subscription set active = false where id <> ?", subscription);
        execute("""
                insert into partner_event (partner_id, council_id, package_id, type, status, weekly_minutes, start_date)
                select s.partner_id, c.id, gen_random_uuid(), 'package.changed', 'AWARDED', 840, ?
                  from webhook_subscription s, council c where s.id = ? and c.code = 'coventry'""", clock.today(), subscription);
        UUID delivery = id("select id from webhook_delivery where subscription_id = ?", subscription);
        execute("update webhook_delivery set created_at = ?::timestamptz where id = ?", Timestamp.from(created), delivery);
        return delivery;
    }

    private void finished(UUID delivery, String column, Instant at) {
        execute("update webhook_delivery set " + column + " = ?::timestamptz where id = ?", Timestamp.from(at), delivery);
    }

    private boolean exists(UUID delivery) {
        return number("select count(*) from webhook_delivery where id = ?", delivery) == 1;
    }
}
