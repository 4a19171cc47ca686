package uk.homecare.portal.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Once the demo's councils are in, gives them something going on: hours-bank plans, capacity
 * reports, packages along the cascade and CHC placements, in that order.
 */
@Singleton
@Requires(property = "portal.demo-activity", value = "true")
final class DemoActivity {

    private final DemoHoursBank hoursBank;
    private final DemoCapacity capacity;
    private final DemoBrokerage brokerage;
    private final DemoChc chc;

    DemoActivity(DemoHoursBank hoursBank, DemoCapacity capacity, DemoBrokerage brokerage, DemoChc chc) {
        this.hoursBank = hoursBank;
        this.capacity = capacity;
        this.brokerage = brokerage;
        this.chc = chc;
    }

    @EventListener
    void onDemoDataLoaded(DemoDataLoaded event) {
        hoursBank.load();
        capacity.load();
        brokerage.load();
        chc.load();
    }
}
