package uk.homecare.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;

/** With the jobs switched on, the notifier runs by itself on its schedule. */
@MicronautTest(transactional = false)
class NotificationJobsTest extends PortalTest {


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.notifications.enabled", "true");
        properties.put("portal.notifications.interval", "200ms");
        return properties;
    }

    @Test
    void the_scheduled_notifier_tells_the_provider_of_a_new_offer_without_being_called() throws Exception {
        try (Connection db = connectDirectly()) {
            Packages.Package offered = Packages.offered(db, clock.instant(), Duration.ofHours(24));
            String query = "select count(*) from notification where package_id = '" + offered.id() + "'";

            int told = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (told == 0 && System.nanoTime() < deadline) {
                try (var rows = db.createStatement().executeQuery(query)) {
                    rows.next();
                    told = rows.getInt(1);
                }
                if (told == 0) {
                    Thread.sleep(100); // the job runs on real time; the clock only says what is due
                }
            }
            assertThat(told).isOne();
        }
    }
}
