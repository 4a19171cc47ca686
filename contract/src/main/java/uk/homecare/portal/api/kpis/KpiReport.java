package uk.homecare.portal.api.kpis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * A council's key performance indicators for the UK days {@code [from, to)}, for the whole council or the zone, lot and
 * provider named, and for packages of every urgency or of the one named. Minutes are whole minutes; "weekly" minutes are minutes of care a week. What happened in the period
 * (publications, awards, hand-backs, declines, visits) is counted by when it happened; what is waiting and CHC hours are
 * as they stand at {@code asAt}. {@code zones}, {@code lots} and {@code providers} are the council's, to filter by.
 */
@Serdeable
public record KpiReport(
        NamedRef council,
        LocalDate from,
        LocalDate to,
        @Nullable NamedRef zone,
        @Nullable NamedRef lot,
        @Nullable NamedRef provider,
        Instant asAt,
        BrokerageCounts brokerage,
        List<TimeToAward> timeToAward,
        List<WaitingBand> waiting,
        List<DeclineCount> declines,
        ShortVisits shortVisits,
        Delivery delivery,
        ChcHours chc,
        List<CapacityWeek> capacityReporting,
        List<NamedRef> zones,
        List<NamedRef> lots,
        List<NamedRef> providers,
        @Nullable Urgency urgency) {

    /** A report of packages of every urgency. */
    public KpiReport(NamedRef council, LocalDate from, LocalDate to, @Nullable NamedRef zone, @Nullable NamedRef lot,
            @Nullable NamedRef provider, Instant asAt, BrokerageCounts brokerage, List<TimeToAward> timeToAward, List<WaitingBand> waiting,
            List<DeclineCount> declines, ShortVisits shortVisits, Delivery delivery, ChcHours chc, List<CapacityWeek> capacityReporting,
            List<NamedRef> zones, List<NamedRef> lots, List<NamedRef> providers) {
        this(council, from, to, zone, lot, provider, asAt, brokerage, timeToAward, waiting, declines, shortVisits, delivery, chc,
                capacityReporting, zones, lots, providers, null);
    }
}
