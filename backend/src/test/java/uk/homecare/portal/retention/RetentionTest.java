package uk.homecare.portal.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class RetentionTest extends PortalTest {

    @Inject
    Retention retention;

    private UUID partner;
    private UUID coventry;

    @BeforeEach
    void clean() {
        execute("delete from idempotency_key where key like 'retention-%'");
        execute("delete from client_assertion_jti where jti like 'retention-%'");
        partner = id("select id from organisation where kind = 'NHS_PARTNER' order by name limit 1");
        coventry = id("select id from council where code = 'coventry'");
    }

    @Test
    void idempotency_keys_go_thirty_days_after_they_were_made_and_not_before() {
        Instant now = clock.instant();
        key("retention-old", now.minus(Duration.ofDays(31)));
        key("retention-recent", now.minus(Duration.ofDays(29)));

        retention.expire(now);

        assertThat(keys()).containsExactly("retention-recent");
    }

    @Test
    void idempotency_keys_of_every_operation_caller_and_council_go_on_the_same_schedule() {
        Instant now = clock.instant();
        UUID bridgend = id("select id from council where code = 'bridgend'");
        UUID someone = id("select id from app_user where username = 'commissioner@bridgend.demo'");
        key(someone, "bookSession", bridgend, "retention-booking-old", now.minus(Duration.ofDays(31)));
        key(someone, "createHoursPlan", bridgend, "retention-plan-old", now.minus(Duration.ofDays(45)));
        key(someone, "draftPackage", coventry, "retention-package-old", now.minus(Duration.ofDays(30).plusSeconds(1)));
        key(someone, "reportCapacity", coventry, "retention-report-recent", now.minus(Duration.ofDays(30).minusSeconds(1)));

        retention.expire(now);

        assertThat(keys()).containsExactly("retention-report-recent");
    }

    @Test
    void used_assertion_ids_go_once_their_assertion_has_expired() {
        Instant now = clock.instant();
        assertionId("retention-expired", now.minusSeconds(1));
        assertionId("retention-current", now.plusSeconds(60));

        retention.expire(now);

        assertThat(number("select count(*) from client_assertion_jti where jti = 'retention-expired'")).isZero();
        assertThat(number("select count(*) from client_assertion_jti where jti = 'retention-current'")).isOne();
    }

    @Test
    void nodes_expiring_at_once_remove_each_record_once_and_all_of_them() throws Exception {
        Instant now = clock.instant();
        for (int i = 0; i < 12_000; i += 1000) {
            execute("""
                    insert into idempotency_key (caller_id, operation, key, council_id, request_hash, response_body, created_at)
                    select ?, 'placeChcPackage', 'retention-bulk-' || (? + g), ?, 'hash', '{}', ?::timestamptz from generate_series(1, 1000) g""",
                    partner, i, coventry, Timestamp.from(now.minus(Duration.ofDays(40))));
        }
        key("retention-kept", now);

        List<Callable<Retention.Removed>> nodes = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            nodes.add(() -> retention.expire(now));
        }
        int removed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Retention.Removed> run : pool.invokeAll(nodes)) {
                removed += run.get().idempotencyKeys();
            }
        }

        assertThat(removed).as("every expired key removed exactly once across the nodes").isEqualTo(12_000);
        assertThat(keys()).containsExactly("retention-kept");
    }

    private void key(String key, Instant made) {
        key(partner, "placeChcPackage", coventry, key, made);
    }

    private void key(UUID caller, String operation, UUID council, String key, Instant made) {
        execute("""
                insert into idempotency_key (caller_id, operation, key, council_id, request_hash, response_body, created_at)
                values (?, ?, ?, ?, 'hash', '{}', ?::timestamptz)""", caller, operation, key, council, Timestamp.from(made));
    }

    private void assertionId(String jti, Instant expires) {
        execute("insert into client_assertion_jti (client_id, jti, expires_at) values ('retention-client', ?, ?::timestamptz)",
                jti, Timestamp.from(expires));
    }

    private List<String> keys() {
        List<String> keys = new ArrayList<>();
        try (var connection = connectDirectly();
             var rows = connection.createStatement().executeQuery(
                     "select key from idempotency_key where key like 'retention-%' order by key")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }
}
