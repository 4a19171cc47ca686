package uk.homecare.portal.metrics;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.platform.Failures;

/** Reads the portal's gauges every {@code portal.metrics.gauges.interval}; every node reads its own (read-only). */
@Singleton
@Requires(beans = PortalGauges.class)
@Requires(property = "portal.metrics.gauges.enabled", notEquals = "false")
class PortalGaugesJob {

    private static final Logger LOG = LoggerFactory.getLogger(PortalGaugesJob.class);

    private final PortalGauges gauges;

    PortalGaugesJob(PortalGauges gauges) {
        this.gauges = gauges;
    }

    @Scheduled(fixedDelay = "${portal.metrics.gauges.interval:30s}", initialDelay = "${portal.metrics.gauges.initial-delay:15s}")
    void refresh() {
        try {
            gauges.refresh();
        } catch (RuntimeException e) {
            LOG.warn("Reading the portal's gauges failed; they keep their last values until the next read: {}", Failures.describe(e));
        }
    }
}
