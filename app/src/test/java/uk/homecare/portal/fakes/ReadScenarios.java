package uk.homecare.portal.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.api.capacity.CouncilZones;
import uk.homecare.portal.api.capacity.MarketHealth;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.chc.ChcRequirement;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.api.capacity.ViabilityBand;
import io.micronaut.http.HttpStatus;
import uk.homecare.portal.api.problem.ProblemType;
import static uk.homecare.portal.fakes.Refusals.refused;

/** Capacity, the market, CHC settings and reference data as their views rely on them. */
interface ReadScenarios {

    Portal portal();

    @Test
    default void a_provider_reports_this_weeks_capacity_for_a_zone_and_a_second_report_replaces_the_first() {
        Bearer provider = portal().signedInAs(Role.PROVIDER);
        List<CouncilZones> reportable = portal().capacity().listReportableZones(provider);
        assertThat(reportable).isNotEmpty().allMatch(c -> !c.zones().isEmpty());
        NamedRef council = reportable.getFirst().council();
        NamedRef zone = reportable.getFirst().zones().getFirst();

        portal().capacity().reportCapacity(provider, null, new CapacityReportForm(council.id(), zone.id(), 600, 60, false, 5, 1));
        CapacityReport report = portal().capacity().reportCapacity(provider, null, new CapacityReportForm(council.id(), zone.id(), 900, 120, true, 6, 2));

        assertThat(report.council()).isEqualTo(council);
        assertThat(report.zone()).isEqualTo(zone);
        assertThat(report.weekStarts()).isEqualTo(portal().clock().monday());
        assertThat(report.reportedAt()).isEqualTo(portal().clock().instant());
        assertThat(report.stale()).isFalse();
        assertThat(List.of(report.daytimeMinutes(), report.outOfHoursMinutes(), report.staff(), report.nonDrivingStaff())).containsExactly(900, 120, 6, 2);
        assertThat(report.doubleHanded()).isTrue();
        assertThat(portal().capacity().listMyCapacityReports(provider, council.id()))
                .filteredOn(r -> r.zone().id().equals(zone.id())).containsExactly(report);
    }

    @Test
    default void the_commissioner_sees_this_weeks_market_and_a_years_health() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);

        MarketView market = portal().capacity().showMarket(commissioner);
        assertThat(market.weekStarts()).isEqualTo(portal().clock().monday());
        assertThat(market.zones()).isNotEmpty().allSatisfy(z -> {
            assertThat(z.trend()).isNotEmpty();
            assertThat(z.trend().getLast().weekStarts()).isEqualTo(portal().clock().monday());
        });

        MarketHealth health = portal().capacity().showMarketHealth(commissioner);
        assertThat(health.activeProviders()).isNotEmpty();
        assertThat(health.activeProviders().getFirst().month()).isEqualTo(portal().clock().today().withDayOfMonth(1).minusYears(1));
        assertThat(health.activeAYearAgo()).isEqualTo(health.activeProviders().getFirst().activeProviders());
        assertThat(health.activeNow()).isEqualTo(health.activeProviders().getLast().activeProviders());
        int then = health.activeAYearAgo();
        assertThat(health.changePercent()).as("no percentage of none").isEqualTo(then == 0 ? null : Math.round((health.activeNow() - then) * 100f / then));
    }

    @Test
    default void the_chc_requirement_sent_is_the_one_read_and_summarised() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);

        assertThat(portal().chc().changeChcRequirement(commissioner, new ChcRequirement(1234))).isEqualTo(new ChcRequirement(1234));

        assertThat(portal().chc().showChcRequirement(commissioner)).isEqualTo(new ChcRequirement(1234));
        assertThat(portal().chc().showChcSummary(commissioner).requiredWeeklyMinutes()).isEqualTo(1234);
    }

    @Test
    default void a_postcode_map_sent_replaces_the_map_upper_cased_in_district_order() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        List<Zone> zones = portal().reference().listZones(commissioner);
        assertThat(zones).hasSizeGreaterThanOrEqualTo(2);

        List<PostcodeDistrictZone> kept = portal().chc().changePostcodeDistricts(commissioner, List.of(
                new PostcodeDistrictZone("cv6", zones.get(0).id()), new PostcodeDistrictZone("CV1", zones.get(1).id())));

        assertThat(kept).containsExactly(new PostcodeDistrictZone("CV1", zones.get(1).id()), new PostcodeDistrictZone("CV6", zones.get(0).id()));
        assertThat(portal().chc().listPostcodeDistricts(commissioner)).isEqualTo(kept);
    }

    @Test
    default void reference_data_lists_the_councils_zones_and_providers() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);

        assertThat(portal().reference().listZones(commissioner)).isNotEmpty().allMatch(z -> !z.code().isBlank() && !z.name().isBlank());
        assertThat(portal().reference().listProviders(commissioner)).isNotEmpty().allMatch(p -> !p.name().isBlank());
    }

    @Test
    default void a_zone_is_kept_with_its_code_upper_cased_and_a_change_to_an_older_version_is_refused() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        String code = "zz-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        Zone added = portal().reference().addZone(commissioner, null, new ZoneForm(code, "Scenario zone", ZoneKind.RURAL, null, null));
        assertThat(added.code()).isEqualTo(code.toUpperCase(java.util.Locale.ROOT));
        assertThat(added.version()).isZero();
        refused(() -> portal().reference().addZone(commissioner, null, new ZoneForm(code, "Another", ZoneKind.URBAN, null, null)),
                HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "code");

        var retired = new ZoneForm(added.code(), "Scenario zone, retired", ZoneKind.RURAL, portal().clock().today(), added.version());
        Zone changed = portal().reference().changeZone(commissioner, added.id(), retired);

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.retiredOn()).isEqualTo(portal().clock().today());
        assertThat(portal().reference().listZones(commissioner)).contains(changed);
        refused(() -> portal().reference().changeZone(commissioner, added.id(), retired), HttpStatus.CONFLICT, ProblemType.CONFLICT);
    }

    @Test
    default void the_viability_band_changed_is_the_one_market_health_shows() {
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        ViabilityBand before = portal().capacity().showMarketHealth(commissioner).viabilityBand();
        var band = new ViabilityBand(before.minWeeklyMinutes() + 60, before.maxWeeklyMinutes() + 60);
        try {
            assertThat(portal().capacity().changeViabilityBand(commissioner, band)).isEqualTo(band);
            assertThat(portal().capacity().showMarketHealth(commissioner).viabilityBand()).isEqualTo(band);
        } finally {
            portal().capacity().changeViabilityBand(commissioner, before);
        }
    }
}
