package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.api.capacity.ContractBand;
import uk.homecare.portal.api.capacity.CouncilZones;
import uk.homecare.portal.api.capacity.MarketHealth;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.capacity.MonthPoint;
import uk.homecare.portal.api.capacity.ProviderBand;
import uk.homecare.portal.api.capacity.StaleProvider;
import uk.homecare.portal.api.capacity.ViabilityBand;
import uk.homecare.portal.api.capacity.WeekPoint;
import uk.homecare.portal.api.capacity.ZoneMarket;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.api.identity.Bearer;

/**
 * The capacity API in memory, recording calls (and the last provider whose contract band changed) and
 * failing on request as every {@link FakeApi} does. Pete's agency may report in Coventry (Central and
 * North) and Warwickshire (Rugby); tests put reports in {@link #reports} and set the market and health.
 * Its weeks, months and report times are those of the test's clock: "this week" is the clock's week.
 */
@Singleton
@Replaces(CapacityClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeCapacityClient extends FakeApi implements CapacityClient {

    public static final NamedRef PROVIDER = new NamedRef(UUID.randomUUID(), "Caring Hands Ltd");
    public static final NamedRef CENTRAL = new NamedRef(UUID.randomUUID(), "Central");
    public static final NamedRef NORTH = FakeBrokerageClient.ZONE;
    public static final NamedRef RUGBY = new NamedRef(UUID.randomUUID(), "Rugby");

    private final List<CouncilZones> reportable = new ArrayList<>();
    public final List<CapacityReport> reports = new ArrayList<>();
    public MarketView market;
    public MarketHealth health;
    public UUID lastProviderId;
    private final MovableClock clock;

    public FakeCapacityClient(MovableClock clock) {
        this.clock = clock;
    }

    public void reset() {
        reportable.clear();
        reportable.add(new CouncilZones(FakeIdentityClient.COVENTRY, List.of(NORTH, CENTRAL)));
        reportable.add(new CouncilZones(FakeIdentityClient.WARWICKSHIRE, List.of(RUGBY)));
        reports.clear();
        market = new MarketView(FakeIdentityClient.COVENTRY, thisWeek(),
                List.of(aZone(CENTRAL, 2400, 0), aZone(NORTH, 600, 1800)), List.of());
        health = aHealth(List.of(17, 17, 16), false, List.of());
        lastProviderId = null;
        forgetCalls();
    }

    /** The Monday the week of the market, and of a report made now, starts on. */
    public LocalDate thisWeek() {
        return clock.monday();
    }

    /** The first of the month a year before this one: where market health's months start. */
    public LocalDate monthAYearAgo() {
        return clock.today().withDayOfMonth(1).minusYears(1);
    }

    /** A report by {@link #PROVIDER} in Coventry made {@code daysAgo}, stale when older than 7 days. */
    public CapacityReport aReport(NamedRef zone, int daysAgo, int daytimeMinutes) {
        Instant at = clock.instant().minus(daysAgo, ChronoUnit.DAYS);
        LocalDate week = LocalDate.ofInstant(at, MovableClock.UK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new CapacityReport(UUID.randomUUID(), PROVIDER, FakeIdentityClient.COVENTRY, zone, week,
                daytimeMinutes, 120, false, 10, 2, at, daysAgo > 7);
    }

    /** A zone with {@code capacityMinutes} reported in the daytime (and none out of hours) and a gap of {@code gapMinutes}. */
    public ZoneMarket aZone(NamedRef zone, int capacityMinutes, int gapMinutes) {
        List<WeekPoint> trend = IntStream.range(0, 12)
                .mapToObj(i -> new WeekPoint(thisWeek().minusWeeks(11 - i), capacityMinutes + i * 60, 300 + i * 30))
                .toList();
        return new ZoneMarket(zone, capacityMinutes, 0, 3, 1, 14, 4, capacityMinutes + gapMinutes, 900, gapMinutes, trend);
    }

    /** Market health with active providers month by month as {@code counts} (the first a year ago). */
    public MarketHealth aHealth(List<Integer> counts, boolean fallWarning, List<ProviderBand> providers) {
        LocalDate first = monthAYearAgo();
        List<MonthPoint> months = IntStream.range(0, counts.size())
                .mapToObj(i -> new MonthPoint(first.plusMonths(i), counts.get(i)))
                .toList();
        int then = counts.get(0);
        int now = counts.get(counts.size() - 1);
        Integer change = then == 0 ? null : Math.round((now - then) * 100f / then);
        return new MarketHealth(months, now, then, change, fallWarning, new ViabilityBand(42_000, 120_000), providers);
    }

    private NamedRef named(UUID id) {
        return reportable.stream()
                .flatMap(p -> Stream.concat(Stream.of(p.council()), p.zones().stream()))
                .filter(ref -> ref.id().equals(id))
                .findFirst()
                .orElse(new NamedRef(id, "unknown"));
    }

    @Override
    public CapacityReport reportCapacity(Bearer caller, @Nullable String idempotencyKey, CapacityReportForm form) {
        call(caller, form);
        var report = new CapacityReport(UUID.randomUUID(), PROVIDER, named(form.councilId()), named(form.zoneId()), thisWeek(),
                form.daytimeMinutes(), form.outOfHoursMinutes(), form.doubleHanded(), form.staff(), form.nonDrivingStaff(),
                clock.instant(), false);
        reports.removeIf(r -> r.council().id().equals(form.councilId()) && r.zone().id().equals(form.zoneId()));
        reports.add(report);
        return report;
    }

    @Override
    public List<CouncilZones> listReportableZones(Bearer caller) {
        call(caller, null);
        return List.copyOf(reportable);
    }

    @Override
    public List<CapacityReport> listMyCapacityReports(Bearer caller, UUID council) {
        call(caller, null);
        return reports.stream().filter(r -> council == null || r.council().id().equals(council)).toList();
    }

    @Override
    public MarketView showMarket(Bearer caller) {
        call(caller, null);
        return market;
    }

    @Override
    public MarketHealth showMarketHealth(Bearer caller) {
        call(caller, null);
        return health;
    }

    @Override
    public ViabilityBand changeViabilityBand(Bearer caller, ViabilityBand band) {
        call(caller, band);
        health = new MarketHealth(health.activeProviders(), health.activeNow(), health.activeAYearAgo(),
                health.changePercent(), health.fallWarning(), band, health.providers());
        return band;
    }

    @Override
    public ContractBand changeContractBand(Bearer caller, UUID providerId, ContractBand band) {
        call(caller, band);
        lastProviderId = providerId;
        List<ProviderBand> providers = health.providers().stream()
                .map(p -> p.provider().id().equals(providerId)
                        ? new ProviderBand(p.provider(), p.committedMinutes(), band.minWeeklyMinutes(), band.maxWeeklyMinutes(),
                                p.belowViability(), p.aboveViability(), p.outsideContract())
                        : p)
                .toList();
        health = new MarketHealth(health.activeProviders(), health.activeNow(), health.activeAYearAgo(),
                health.changePercent(), health.fallWarning(), health.viabilityBand(), providers);
        return band;
    }

    /** A provider never heard from, or last heard from {@code daysAgo}. */
    public StaleProvider aStaleProvider(String name, Integer daysAgo) {
        return new StaleProvider(new NamedRef(UUID.randomUUID(), name),
                daysAgo == null ? null : clock.instant().minus(daysAgo, ChronoUnit.DAYS));
    }
}
