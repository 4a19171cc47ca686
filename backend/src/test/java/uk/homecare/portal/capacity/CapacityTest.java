package uk.homecare.portal.capacity;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.api.capacity.ContractBand;
import uk.homecare.portal.api.capacity.MarketHealth;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.capacity.ProviderBand;
import uk.homecare.portal.api.capacity.StaleProvider;
import uk.homecare.portal.api.capacity.ViabilityBand;
import uk.homecare.portal.api.capacity.ZoneMarket;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@Tag("calendar")
@MicronautTest(transactional = false)
class CapacityTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String SPON_END = "provider@coventry.demo";


    UUID coventry() {
        return id("select id from council where code = 'coventry'");
    }

    UUID zone(String council, String code) {
        return id("select z.id from zone z join council c on c.id = z.council_id where c.code = ? and z.code = ?", council, code);
    }

    CapacityReport report(String provider, String zoneCode, int daytimeHours, int staff) {
        return api().retrieve(api().as(provider, POST("/api/capacity-reports",
                new CapacityReportForm(coventry(), zone("coventry", zoneCode), daytimeHours * 60, 120, true, staff, 1))), CapacityReport.class);
    }

    /** A second Coventry provider with a login, on Central's lot as a framework provider. */
    String anotherProvider(String name) {
        String username = name.toLowerCase().replace(' ', '-') + "@coventry.test";
        UUID organisation = id("insert into organisation (kind, name, regulator, regulator_provider_id) values ('PROVIDER', ?, 'CQC', ?) returning id",
                name, "1-" + UUID.randomUUID());
        execute("insert into organisation_council (organisation_id, council_id, since) values (?, ?, '2024-04-01')", organisation, coventry());
        execute("insert into app_user (username, display_name, password_hash, role, organisation_id) select ?, ?, password_hash, 'PROVIDER', ? from app_user where username = ?",
                username, name, organisation, SPON_END);
        return username;
    }

    MarketView market(String commissioner) {
        return api().retrieve(api().as(commissioner, GET("/api/market")), MarketView.class);
    }

    ZoneMarket central(MarketView market) {
        return market.zones().stream().filter(z -> z.zone().name().equals("Central")).findFirst().orElseThrow();
    }

    CarePackage publishInCentral(int weeklyMinutes) {
        UUID zone = zone("coventry", "CENTRAL");
        UUID lot = id("select id from lot where zone_id = ?", zone);
        var form = new PackageForm(zone, lot, Funding.COUNCIL, weeklyMinutes, new VisitPattern(2, 45, List.of(TimeOfDay.MORNING), false, false),
                clock.today().plusDays(7), "Personal care.", new PersonDetails("Ann", "Lee", LocalDate.of(1940, 1, 1), null, "1 High St", "CV1 1AA"));
        CarePackage draft = api().retrieve(api().as(COMMISSIONER, POST("/api/packages", form)), CarePackage.class);
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + draft.id() + "/publish", "")), CarePackage.class);
    }

    @Test
    void a_provider_reports_per_council_and_zone_and_a_second_report_that_week_replaces_the_first() {
        CapacityReport first = report(SPON_END, "EAST", 40, 12);
        CapacityReport second = report(SPON_END, "EAST", 55, 14);

        List<CapacityReport> mine = api().retrieve(api().as(SPON_END, GET("/api/capacity-reports")), Argument.listOf(CapacityReport.class));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(mine).filteredOn(r -> r.zone().name().equals("East")).singleElement().satisfies(r -> {
            assertThat(r.daytimeMinutes()).isEqualTo(55 * 60);
            assertThat(r.staff()).isEqualTo(14);
            assertThat(r.stale()).isFalse();
            assertThat(r.weekStarts().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        });
    }

    @Test
    void a_report_must_be_for_a_contracted_council_and_its_zone_with_no_more_non_drivers_than_staff() {
        UUID bradford = id("select id from council where code = 'bradford'");
        Problem otherCouncil = Api.problemOf(api().refusal(api().as(SPON_END, POST("/api/capacity-reports",
                new CapacityReportForm(bradford, zone("bradford", zoneCode("bradford")), 600, 0, false, 3, 0)))));
        Problem otherZone = Api.problemOf(api().refusal(api().as(SPON_END, POST("/api/capacity-reports",
                new CapacityReportForm(coventry(), zone("bradford", zoneCode("bradford")), 600, 0, false, 3, 0)))));
        Problem drivers = Api.problemOf(api().refusal(api().as(SPON_END, POST("/api/capacity-reports",
                new CapacityReportForm(coventry(), zone("coventry", "CENTRAL"), 600, 0, false, 3, 4)))));

        assertThat(otherCouncil.errors()).extracting(Problem.FieldError::field).containsExactly("councilId");
        assertThat(otherZone.errors()).extracting(Problem.FieldError::field).containsExactly("zoneId");
        assertThat(drivers.errors()).extracting(Problem.FieldError::field).containsExactly("nonDrivingStaff");
    }

    String zoneCode(String council) {
        try (var connection = connectDirectly(); var rows = connection.createStatement().executeQuery(
                "select z.code from zone z join council c on c.id = z.council_id where c.code = '" + council + "' order by z.code limit 1")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_market_shows_capacity_against_demand_per_zone_and_providers_gone_quiet() {
        String other = anotherProvider("Quiet Meadow Care");
        report(SPON_END, "CENTRAL", 10, 4);
        report(other, "CENTRAL", 5, 2);
        CarePackage waiting = publishInCentral(1_800);
        execute("update care_package set status = 'UNALLOCATED', stage_ends_at = null where id = ?", waiting.id());

        ZoneMarket central = central(market(COMMISSIONER));
        assertThat(central.reportedDaytimeMinutes()).isEqualTo(15 * 60);
        assertThat(central.reportedOutOfHoursMinutes()).isEqualTo(240);
        assertThat(central.providersReporting()).isEqualTo(2);
        assertThat(central.waitingMinutes()).isGreaterThanOrEqualTo(1_800);
        assertThat(central.gapMinutes()).isGreaterThan(0);
        assertThat(central.trend()).hasSize(12);
        assertThat(central.trend().getLast().reportedMinutes()).isEqualTo(15 * 60 + 240);

        clock.advance(Duration.ofDays(8));
        report(SPON_END, "CENTRAL", 10, 4);
        MarketView later = market(COMMISSIONER);
        clock.advance(Duration.ofDays(-8));

        assertThat(central(later).providersReporting()).as("the quiet provider's report is stale").isEqualTo(1);
        assertThat(later.staleProviders()).extracting(StaleProvider::provider).extracting(r -> r.name()).contains("Quiet Meadow Care");
        assertThat(later.staleProviders()).extracting(s -> s.provider().name()).noneMatch(n -> n.contains("Spon End"));
        List<CapacityReport> quiet = api().retrieve(api().as(other, GET("/api/capacity-reports")), Argument.listOf(CapacityReport.class));
        assertThat(quiet).singleElement().satisfies(r -> assertThat(r.stale()).isFalse());
    }

    @Test
    void a_report_is_seen_by_its_provider_and_its_council_and_by_no_other_provider_or_council() {
        String other = anotherProvider("Private Lane Care");
        report(SPON_END, "WEST", 33, 9);

        List<CapacityReport> othersView = api().retrieve(api().as(other, GET("/api/capacity-reports")), Argument.listOf(CapacityReport.class));
        MarketView bradford = market("commissioner@bradford.demo");

        assertThat(othersView).isEmpty();
        var zones = api().retrieve(api().as(SPON_END, GET("/api/capacity-reports/zones")),
                Argument.listOf(uk.homecare.portal.api.capacity.CouncilZones.class));
        assertThat(zones).singleElement().satisfies(c -> {
            assertThat(c.council().id()).isEqualTo(coventry());
            assertThat(c.zones()).extracting(z -> z.name()).contains("Central", "West");
        });
        assertThat(bradford.zones()).allSatisfy(z -> assertThat(z.zone().name()).isNotEqualTo("West"));
        assertThat(bradford.zones()).allSatisfy(z -> assertThat(z.reportedDaytimeMinutes()).isNotEqualTo(33 * 60));
        assertThat(api().refusal(api().as(SPON_END, GET("/api/market"))).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as(SPON_END, GET("/api/market/health"))).getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void a_fall_of_five_percent_of_providers_in_twelve_months_is_warned_of() {
        MarketHealth steady = api().retrieve(api().as(COMMISSIONER, GET("/api/market/health")), MarketHealth.class);
        execute("""
                update organisation_council set until = ?
                 where council_id = ? and organisation_id = (select id from organisation where name like 'Tile Hill%')""",
                clock.today().minusDays(30), coventry());

        MarketHealth fallen = api().retrieve(api().as(COMMISSIONER, GET("/api/market/health")), MarketHealth.class);

        assertThat(steady.fallWarning()).isFalse();
        assertThat(steady.activeProviders()).hasSize(13);
        assertThat(fallen.activeNow()).isEqualTo(steady.activeNow() - 1);
        assertThat(fallen.fallWarning()).as("one of %d providers is more than 5%%", steady.activeNow()).isTrue();
        assertThat(fallen.changePercent()).isNegative();
    }

    @Test
    void committed_care_is_compared_with_the_viability_and_contract_bands() {
        CarePackage published = publishInCentral(600);
        Offer offer = api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)).stream()
                .filter(o -> o.packageId().equals(published.id())).findFirst().orElseThrow();
        api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(clock.today().plusDays(8)))), Offer.class);
        UUID sponEnd = id("select organisation_id from app_user where username = ?", SPON_END);
        api().retrieve(api().as(COMMISSIONER, PUT("/api/providers/" + sponEnd + "/contract-band", new ContractBand(72_000, 90_000))), ContractBand.class);
        api().retrieve(api().as(COMMISSIONER, PUT("/api/market/viability-band", new ViabilityBand(42_000, 120_000))), ViabilityBand.class);

        MarketHealth health = api().retrieve(api().as(COMMISSIONER, GET("/api/market/health")), MarketHealth.class);
        ProviderBand band = health.providers().stream().filter(p -> p.provider().id().equals(sponEnd)).findFirst().orElseThrow();

        assertThat(band.committedMinutes()).isGreaterThanOrEqualTo(600);
        assertThat(band.belowViability()).isTrue();
        assertThat(band.outsideContract()).isTrue();
        assertThat(band.contractMinMinutes()).isEqualTo(72_000);
        assertThat(api().refusal(api().as(COMMISSIONER, PUT("/api/market/viability-band", new ViabilityBand(50_000, 40_000))))
                .getStatus().getCode()).isEqualTo(400);
    }

    @Test
    void the_offer_a_provider_sees_shows_its_reported_capacity_in_that_zone() {
        CarePackage before = publishInCentral(600);
        Offer unreported = api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)).stream()
                .filter(o -> o.packageId().equals(before.id())).findFirst().orElseThrow();
        report(SPON_END, "CENTRAL", 20, 6);

        Offer reported = api().retrieve(api().as(SPON_END, GET("/api/offers/" + unreported.id())), Offer.class);

        assertThat(reported.spareCapacityMinutes()).isEqualTo(20 * 60 + 120);
    }
}
