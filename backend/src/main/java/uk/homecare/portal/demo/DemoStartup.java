package uk.homecare.portal.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In demo mode, fills an empty database with the seeds' councils on start. */
@Singleton
@Requires(property = "portal.demo-data", value = "true")
final class DemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoData demoData;
    private final ApplicationEventPublisher<DemoDataLoaded> loaded;

    DemoStartup(DemoData demoData, ApplicationEventPublisher<DemoDataLoaded> loaded) {
        this.demoData = demoData;
        this.loaded = loaded;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (demoData.seedIfEmpty()) {
            LOG.info("Demo data loaded: {} councils", DemoData.COUNCIL_CODES.size());
            loaded.publishEvent(new DemoDataLoaded());
        }
    }
}
