package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.PortalTest;

/**
 * A heavy read of its own is planned for its parameters each time (a year's aggregate planned once for any period was
 * about five times slower, bench/kpis), in a read-only transaction; one asked for inside a transaction is that
 * transaction's.
 */
@MicronautTest(transactional = false)
class HeavyReadsArePlannedForTheirParametersTest extends PortalTest {

    private static final String SETTINGS = "select current_setting('plan_cache_mode') || ' ' || current_setting('transaction_read_only')";

    @Inject
    HeavyReads heavyReads;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    Sql sql;

    @Test
    void a_heavy_read_of_its_own_is_planned_for_its_parameters_in_a_read_only_transaction() {
        String settings = heavyReads.read(HeavyReads.Freshness.MAY_LAG, read -> read.one(SETTINGS, row -> row.getString(1)).orElseThrow());

        assertThat(settings).isEqualTo("force_custom_plan on");
        assertThat(sql.one(SETTINGS, row -> row.getString(1))).as("only for that read").contains("auto off");
    }

    @Test
    void a_heavy_read_inside_a_transaction_is_that_transactions() {
        String settings = transactions.executeWrite(status -> {
            sql.update("set local application_name = 'a caller''s transaction'");
            return heavyReads.read(HeavyReads.Freshness.CURRENT,
                    read -> read.one(SETTINGS + " || ' ' || current_setting('application_name')", row -> row.getString(1)).orElseThrow());
        });

        assertThat(settings).isEqualTo("auto off a caller's transaction");
    }
}
