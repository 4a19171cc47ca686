package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.kpis.AwardGrouping;
import uk.homecare.portal.api.kpis.BrokerageCounts;
import uk.homecare.portal.api.kpis.CapacityWeek;
import uk.homecare.portal.api.kpis.ChcHours;
import uk.homecare.portal.api.kpis.DeclineCount;
import uk.homecare.portal.api.kpis.Delivery;
import uk.homecare.portal.api.kpis.KpiReport;
import uk.homecare.portal.api.kpis.ShortVisits;
import uk.homecare.portal.api.kpis.TimeToAward;
import uk.homecare.portal.api.kpis.WaitBand;
import uk.homecare.portal.api.kpis.WaitingBand;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.client.KpiClient;

/**
 * The KPI API in memory: answers every period with a report of known figures for it (the filter chosen echoed back), and
 * remembers what it was asked; the exports are small files saying which period they are for.
 */
@Singleton
@Replaces(KpiClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeKpiClient extends FakeApi implements KpiClient {

    public static final NamedRef CENTRAL = new NamedRef(UUID.randomUUID(), "Central");
    public static final NamedRef NORTH = new NamedRef(UUID.randomUUID(), "Coventry North");
    public static final NamedRef LOT = new NamedRef(UUID.randomUUID(), "Central older people");
    public static final NamedRef CARING = new NamedRef(UUID.randomUUID(), "Caring Hands Ltd");

    public LocalDate lastFrom;
    public LocalDate lastTo;
    public UUID lastZone;
    public UUID lastLot;
    public UUID lastProvider;
    public Urgency lastUrgency;
    public int calls;
    private final FakeIdentityClient identity;
    private final MovableClock clock;

    public FakeKpiClient(FakeIdentityClient identity, MovableClock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    private KpiReport answer(Bearer caller, LocalDate from, LocalDate to, UUID zone, UUID lot, UUID provider, Urgency urgency) {
        call(caller, null);
        if (!identity.may(caller, Capability.READ_KPIS)) {
            throw forbidden();
        }
        calls++;
        lastFrom = from;
        lastTo = to;
        lastZone = zone;
        lastLot = lot;
        lastProvider = provider;
        lastUrgency = urgency;
        List<NamedRef> zones = List.of(CENTRAL, NORTH);
        return new KpiReport(FakeIdentityClient.COVENTRY, from, to, find(zones, zone), find(List.of(LOT), lot), find(List.of(CARING), provider),
                clock.instant(), new BrokerageCounts(12, 8, 6, 1, 600),
                List.of(new TimeToAward(AwardGrouping.ALL, "ALL", 8, 150, 2880),
                        new TimeToAward(AwardGrouping.STAGE, "PRIMARY", 6, 90, 240),
                        new TimeToAward(AwardGrouping.STAGE, "OPEN", 2, 2880, 4320),
                        new TimeToAward(AwardGrouping.URGENCY, "ROUTINE", 7, 180, 2880),
                        new TimeToAward(AwardGrouping.URGENCY, "URGENT", 1, 60, 60)),
                List.of(new WaitingBand(WaitBand.UNDER_1_DAY, 0, 0, 3, 900),
                        new WaitingBand(WaitBand.DAYS_1_TO_3, 1, 420, 1, 300),
                        new WaitingBand(WaitBand.DAYS_3_TO_7, 0, 0, 0, 0),
                        new WaitingBand(WaitBand.DAYS_7_TO_14, 2, 1200, 0, 0),
                        new WaitingBand(WaitBand.DAYS_14_TO_28, 0, 0, 0, 0),
                        new WaitingBand(WaitBand.DAYS_28_OR_MORE, 1, 600, 0, 0)),
                List.of(new DeclineCount(DeclineReason.NO_CAPACITY, 5), new DeclineCount(DeclineReason.GEOGRAPHY, 2),
                        new DeclineCount(DeclineReason.SKILL_MIX, 0), new DeclineCount(DeclineReason.OTHER, 1)),
                new ShortVisits(140, 14, 400, 20, 35), new Delivery(12000, 11000, 10500, 400, 6),
                new ChcHours(270000, 180000, 40, 30000, 7),
                List.of(new CapacityWeek(from, 10, 8)),
                zones, List.of(LOT), List.of(CARING), urgency);
    }

    private static NamedRef find(List<NamedRef> choices, UUID id) {
        return id == null ? null : choices.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> invalid("zone", "No such record."));
    }

    @Override
    public KpiReport showKpis(Bearer caller, LocalDate from, LocalDate to, UUID zone, UUID lot, UUID provider, Urgency urgency) {
        return answer(caller, from, to, zone, lot, provider, urgency);
    }

    @Override
    public HttpResponse<String> exportKpisCsv(Bearer caller, LocalDate from, LocalDate to, UUID zone, UUID lot, UUID provider,
            Urgency urgency) {
        answer(caller, from, to, zone, lot, provider, urgency);
        return HttpResponse.ok("\"section\",\"measure\",\"by\",\"group\",\"value\"\r\n\"report\",\"from\",\"\",\"\",\"" + from + "\"\r\n");
    }

    @Override
    public HttpResponse<byte[]> exportKpisXlsx(Bearer caller, LocalDate from, LocalDate to, UUID zone, UUID lot, UUID provider,
            Urgency urgency) {
        answer(caller, from, to, zone, lot, provider, urgency);
        return HttpResponse.ok(("PK workbook for " + from).getBytes(StandardCharsets.UTF_8));
    }
}
