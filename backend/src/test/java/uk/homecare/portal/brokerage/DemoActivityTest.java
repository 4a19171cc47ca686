package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.PackageStatus;

@Tag("calendar")
@MicronautTest(transactional = false)
class DemoActivityTest extends BrokerageTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @Test
    void the_demo_gives_every_council_packages_along_the_loop_and_its_person_an_hours_bank() {
        for (String council : List.of("bradford", "coventry", "bridgend", "herefordshire", "rotherham")) {
            List<CarePackage> board = api().retrieve(api().as("commissioner@" + council + ".demo", GET("/api/packages")),
                    Argument.listOf(CarePackage.class));
            assertThat(board).as(council).hasSize(council.equals("coventry") ? 6 : 4);
            assertThat(board.getFirst().status()).as(council + ": the loudest first").isEqualTo(PackageStatus.UNALLOCATED);
            List<Offer> inbox = api().retrieve(api().as("provider@" + council + ".demo", GET("/api/offers")), Argument.listOf(Offer.class));
            assertThat(inbox).as(council + " provider's inbox").isNotEmpty();
        }
        var hours = api().retrieve(api().as("person@bridgend.demo", GET("/api/hours-bank/people")),
                Argument.listOf(uk.homecare.portal.api.identity.NamedRef.class));
        var balance = api().retrieve(api().as("person@bridgend.demo", GET("/api/people/" + hours.getFirst().id() + "/hours-bank")),
                uk.homecare.portal.api.hoursbank.HoursBalance.class);
        assertThat(balance.lots()).as("four weekly lots of six hours, 3.5 hours booked").hasSize(4);
        assertThat(balance.remainingMinutes()).isEqualTo(4 * 360 - 210);
        List<CarePackage> coventry = api().retrieve(api().as(COMMISSIONER, GET("/api/packages")), Argument.listOf(CarePackage.class));
        assertThat(coventry).extracting(CarePackage::status).containsExactly(PackageStatus.UNALLOCATED, PackageStatus.OPEN,
                PackageStatus.PRIMARY, PackageStatus.PRIMARY, PackageStatus.PRIMARY, PackageStatus.AWARDED);
        var market = api().retrieve(api().as("commissioner@bradford.demo", GET("/api/market")), uk.homecare.portal.api.capacity.MarketView.class);
        assertThat(market.zones()).anySatisfy(z -> assertThat(z.providersReporting()).isPositive());
        assertThat(market.zones().getFirst().trend()).hasSize(12);
        var health = api().retrieve(api().as("commissioner@bradford.demo", GET("/api/market/health")),
                uk.homecare.portal.api.capacity.MarketHealth.class);
        assertThat(health.fallWarning()).as("Bradford lost a provider this year").isTrue();
        var chc = api().retrieve(api().as(COMMISSIONER, GET("/api/chc/summary")), uk.homecare.portal.api.chc.ChcSummary.class);
        assertThat(chc.requiredWeeklyMinutes()).isEqualTo(4_500 * 60);
        assertThat(chc.packagesWaiting()).isEqualTo(2);
        assertThat(coventry).filteredOn(p -> p.funding() == uk.homecare.portal.api.brokerage.Funding.NHS_CHC)
                .extracting(p -> p.zone().name()).containsExactlyInAnyOrder("North", "South");
    }

    @Test
    void bridgends_demo_market_has_capacity_in_every_zone_providers_that_reported_a_history_and_a_chc_requirement() {
        String commissioner = "commissioner@bridgend.demo";
        var market = api().retrieve(api().as(commissioner, GET("/api/market")), uk.homecare.portal.api.capacity.MarketView.class);
        assertThat(market.zones()).hasSize(3).allSatisfy(zone -> {
            assertThat(zone.providersReporting()).as(zone.zone().name()).isPositive();
            assertThat(zone.reportedDaytimeMinutes()).as(zone.zone().name()).isPositive();
            assertThat(zone.trend()).anySatisfy(week -> assertThat(week.reportedMinutes()).isPositive());
        });
        assertThat(market.staleProviders()).as("a few went quiet, none never reported")
                .hasSizeLessThan(15).allSatisfy(stale -> assertThat(stale.lastReportedAt()).isNotNull());
        var health = api().retrieve(api().as(commissioner, GET("/api/market/health")), uk.homecare.portal.api.capacity.MarketHealth.class);
        assertThat(health.activeNow()).isEqualTo(15);
        assertThat(health.activeAYearAgo()).as("twelve held contracts before the 2026 framework").isEqualTo(12);
        assertThat(health.changePercent()).isEqualTo(25);
        assertThat(health.fallWarning()).isFalse();
        var chc = api().retrieve(api().as(commissioner, GET("/api/chc/summary")), uk.homecare.portal.api.chc.ChcSummary.class);
        assertThat(chc.requiredWeeklyMinutes()).isEqualTo(1_150 * 60);
        var reports = api().retrieve(api().as("provider@bridgend.demo", GET("/api/capacity-reports")),
                Argument.listOf(uk.homecare.portal.api.capacity.CapacityReport.class));
        assertThat(reports).as("Bridgend's provider's own reports").isNotEmpty();
    }
}
