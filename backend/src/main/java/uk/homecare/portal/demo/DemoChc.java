package uk.homecare.portal.demo;

import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.chc.ChcPackages;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.api.UkTime;

/**
 * Coventry's CHC in the demo: the 4,500 hours a week the ICB needs (from the seed minutes), the map
 * from Coventry's postcode districts to zones, and two packages the demo ICB placed through the API's
 * use case, one without a zone so the map places it. The people are fictional. The requirement and the
 * map are written directly: through their use cases they would add audit entries the demo never had.
 * Bridgend gets its health board's requirement (1,150 hours a week) and its postcode districts too.
 */
@Singleton
class DemoChc {

    private static final Logger LOG = LoggerFactory.getLogger(DemoChc.class);
    private static final int COVENTRY_CHC_MINUTES = 4_500 * 60;
    private static final Map<String, String> DISTRICTS = Map.of(
            "CV1", "CENTRAL", "CV2", "NORTH-EAST", "CV3", "SOUTH", "CV4", "WEST", "CV5", "SOUTH-WEST", "CV6", "NORTH");
    /** Bridgend's health board needs less care at home, spread over three zones. */
    private static final int BRIDGEND_CHC_MINUTES = 1_150 * 60;
    private static final Map<String, String> BRIDGEND_DISTRICTS = Map.of(
            "CF31", "EAST", "CF32", "NORTH", "CF33", "WEST", "CF34", "NORTH", "CF35", "EAST", "CF36", "WEST");

    private final Sql sql;
    private final ChcPackages packages;
    private final Clock clock;
    private final AcrossCouncils acrossCouncils;

    DemoChc(Sql sql, ChcPackages packages, Clock clock, AcrossCouncils acrossCouncils) {
        this.acrossCouncils = acrossCouncils;
        this.sql = sql;
        this.packages = packages;
        this.clock = clock;
    }

    void load() {
        acrossCouncils.run("demo activity: a CHC requirement, district map and partner packages", this::seed);
    }

    private void seed() {
        sql.one("select id from council where code = 'bridgend'", row -> uuid(row, "id")).ifPresent(this::seedBridgend);
        UUID coventry = sql.one("select id from council where code = 'coventry'", row -> uuid(row, "id")).orElse(null);
        UUID icb = sql.one("select id from organisation where kind = 'NHS_PARTNER' order by name limit 1", row -> uuid(row, "id")).orElse(null);
        if (coventry == null || icb == null) {
            return;
        }
        sql.update("update council set chc_weekly_minutes_required = ? where id = ?", COVENTRY_CHC_MINUTES, coventry);
        DISTRICTS.forEach((district, zone) -> sql.update("""
                insert into postcode_district_zone (council_id, district, zone_id)
                select ?, ?, id from zone where council_id = ? and code = ? on conflict do nothing""", coventry, district, coventry, zone));
        Actor partner = new Actor(icb, "coventry-icb-demo", Role.NHS_PARTNER, null, icb, Set.of(coventry));
        LocalDate start = UkTime.today(clock).plusDays(5);
        var pattern = new VisitPattern(4, 60, List.of(TimeOfDay.MORNING, TimeOfDay.LUNCHTIME, TimeOfDay.TEATIME, TimeOfDay.EVENING), true, true);
        packages.place(partner, "demo-chc-1", new ChcPackageForm(coventry, null, null, 1_680, pattern, start,
                "Motor neurone disease: PEG feeding, suction, two carers for all transfers.",
                new PersonDetails("Ruth", "Adebayo", LocalDate.of(1958, 4, 2), "9434765854", "9 Radford Road", "CV6 3AA"), "ICB-DEMO-0001"));
        packages.place(partner, "demo-chc-2", new ChcPackageForm(coventry, null, null, 840, pattern, start.plusDays(3),
                "Complex diabetes and dementia: insulin, skin integrity checks, night settling.",
                new PersonDetails("Dennis", "Whitlock", LocalDate.of(1940, 10, 11), "9434765862", "44 Binley Road", "CV3 1BB"), "ICB-DEMO-0002"));
        LOG.info("Demo CHC: Coventry's requirement, postcode districts and two partner packages");
    }

    private void seedBridgend(UUID bridgend) {
        sql.update("update council set chc_weekly_minutes_required = ? where id = ?", BRIDGEND_CHC_MINUTES, bridgend);
        BRIDGEND_DISTRICTS.forEach((district, zone) -> sql.update("""
                insert into postcode_district_zone (council_id, district, zone_id)
                select ?, ?, id from zone where council_id = ? and code = ? on conflict do nothing""", bridgend, district, bridgend, zone));
    }
}
