package uk.homecare.portal.reference;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.FrameworkForm;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.api.reference.RateForm;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.ServiceType;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@Tag("calendar")
@MicronautTest
class ReferenceDataTest extends PortalTest {

    static final String COVENTRY = "commissioner@coventry.demo";
    static final String HEREFORDSHIRE = "commissioner@herefordshire.demo";

    @Test
    void coventry_has_seven_gp_cluster_zones_and_nine_lots_each_with_a_primary_and_a_secondary() {
        List<Zone> zones = api().retrieve(api().as(COVENTRY, GET("/api/zones")), Argument.listOf(Zone.class));
        Framework framework = frameworks(COVENTRY).getFirst();
        List<Lot> lots = api().retrieve(api().as(COVENTRY, GET("/api/frameworks/" + framework.id() + "/lots")), Argument.listOf(Lot.class));

        assertThat(zones).hasSize(7);
        assertThat(lots).hasSize(9);
        assertThat(lots).filteredOn(l -> l.kind() == LotKind.CITYWIDE).hasSize(2);
        assertThat(lots).allSatisfy(lot -> assertThat(lot.providers()).extracting(p -> p.tier())
                .contains(LotTier.PRIMARY, LotTier.SECONDARY));
        assertThat(framework.endsOnWithExtension()).isEqualTo(framework.startsOn().plusMonths(84).minusDays(1));
    }

    @Test
    void a_commissioner_adds_and_renames_a_zone_and_an_edit_from_a_stale_copy_is_refused() {
        Zone added = api().retrieve(api().as(HEREFORDSHIRE, POST("/api/zones", new ZoneForm("kgt-n", "Kington North", ZoneKind.RURAL, null, null))), Zone.class);
        assertThat(added.code()).isEqualTo("KGT-N");

        Zone renamed = api().retrieve(api().as(HEREFORDSHIRE, PUT("/api/zones/" + added.id(),
                new ZoneForm("KGT-N", "Kington and Pembridge", ZoneKind.RURAL, null, added.version()))), Zone.class);
        assertThat(renamed.name()).isEqualTo("Kington and Pembridge");
        assertThat(renamed.version()).isEqualTo(added.version() + 1);

        var stale = api().refusal(api().as(HEREFORDSHIRE, PUT("/api/zones/" + added.id(),
                new ZoneForm("KGT-N", "Something else", ZoneKind.RURAL, null, added.version()))));
        assertThat(stale.getStatus().getCode()).isEqualTo(409);
        assertThat(zoneNamed(HEREFORDSHIRE, "KGT-N").name()).isEqualTo("Kington and Pembridge");
    }

    @Test
    void a_zone_code_is_unique_within_a_council_and_the_refusal_names_the_field() {
        String taken = zones(COVENTRY).getFirst().code();

        var refusal = api().refusal(api().as(COVENTRY, POST("/api/zones", new ZoneForm(taken, "Duplicate", ZoneKind.URBAN, null, null))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).extracting(FieldError::field).containsExactly("code");
    }

    @Test
    void a_framework_gets_lots_and_providers_on_them_in_tiers() {
        Framework framework = api().retrieve(api().as(HEREFORDSHIRE, POST("/api/frameworks",
                new FrameworkForm("Help to Live at Home 2027", LocalDate.of(2027, 4, 1), 60, 24, null))), Framework.class);
        Zone zone = zones(HEREFORDSHIRE).stream().filter(z -> z.retiredOn() == null).findFirst().orElseThrow();
        Lot lot = api().retrieve(api().as(HEREFORDSHIRE, POST("/api/frameworks/" + framework.id() + "/lots",
                new LotForm("Zone lot", LotKind.ZONE, zone.id(), ServiceCategory.OLDER_PEOPLE, 42_000, 120_000, false, null))), Lot.class);
        List<Provider> providers = api().retrieve(api().as(HEREFORDSHIRE, GET("/api/providers")), Argument.listOf(Provider.class));

        api().retrieve(api().as(HEREFORDSHIRE, PUT("/api/lots/" + lot.id() + "/providers", new LotProviderForm(providers.get(0).id(), LotTier.PRIMARY))), Lot.class);
        Lot held = api().retrieve(api().as(HEREFORDSHIRE, PUT("/api/lots/" + lot.id() + "/providers", new LotProviderForm(providers.get(1).id(), LotTier.SECONDARY))), Lot.class);
        var secondPrimary = api().refusal(api().as(HEREFORDSHIRE, PUT("/api/lots/" + lot.id() + "/providers", new LotProviderForm(providers.get(2).id(), LotTier.PRIMARY))));

        assertThat(held.zoneName()).isEqualTo(zone.name());
        assertThat(held.providers()).extracting(p -> p.tier()).containsExactly(LotTier.PRIMARY, LotTier.SECONDARY);
        assertThat(secondPrimary.getStatus().getCode()).isEqualTo(409);
    }

    @Test
    void a_citywide_lot_has_no_zone_and_a_zone_lot_needs_one() {
        Framework framework = frameworks(HEREFORDSHIRE).getFirst();
        Zone zone = zones(HEREFORDSHIRE).getFirst();

        var citywideWithZone = api().refusal(api().as(HEREFORDSHIRE, POST("/api/frameworks/" + framework.id() + "/lots",
                new LotForm("Citywide", LotKind.CITYWIDE, zone.id(), ServiceCategory.MENTAL_HEALTH, null, null, false, null))));
        var zoneLotWithoutZone = api().refusal(api().as(HEREFORDSHIRE, POST("/api/frameworks/" + framework.id() + "/lots",
                new LotForm("Zoneless", LotKind.ZONE, null, ServiceCategory.OLDER_PEOPLE, null, null, false, null))));

        assertThat(Api.problemOf(citywideWithZone).errors()).extracting(FieldError::field).containsExactly("zoneId");
        assertThat(Api.problemOf(zoneLotWithoutZone).errors()).extracting(FieldError::field).containsExactly("zoneId");
    }

    @Test
    void a_new_rate_supersedes_the_old_one_from_its_effective_date() {
        LocalDate from = clock.today().plusMonths(2);
        api().retrieve(api().as(COVENTRY, POST("/api/rates", new RateForm(ServiceType.OUT_OF_HOURS, 2600, 2400, 2900, from, null))), Rate.class);

        List<Rate> outOfHours = rates(COVENTRY).stream().filter(r -> r.serviceType() == ServiceType.OUT_OF_HOURS).toList();

        assertThat(outOfHours).hasSizeGreaterThanOrEqualTo(2);
        assertThat(outOfHours.get(outOfHours.size() - 2).effectiveTo()).isEqualTo(from.minusDays(1));
        assertThat(outOfHours.getLast().effectiveTo()).isNull();
    }

    @Test
    void a_rate_outside_its_floor_and_ceiling_or_in_the_past_is_refused_and_nothing_is_written() {
        int before = rates(COVENTRY).size();

        var belowFloor = api().refusal(api().as(COVENTRY, POST("/api/rates", new RateForm(ServiceType.CHC, 2000, 2100, 2500, clock.today().plusDays(3), null))));
        var backdated = api().refusal(api().as(COVENTRY, POST("/api/rates", new RateForm(ServiceType.CHC, 2200, null, null, clock.today().minusDays(3), null))));

        assertThat(Api.problemOf(belowFloor).errors()).extracting(FieldError::field).containsExactly("floorPence");
        assertThat(Api.problemOf(backdated).errors()).extracting(FieldError::field).containsExactly("effectiveFrom");
        assertThat(rates(COVENTRY)).hasSize(before);
    }

    @Test
    void a_rate_already_in_force_is_history_and_cannot_be_edited() {
        Rate inForce = rates(COVENTRY).stream().filter(r -> !r.effectiveFrom().isAfter(clock.today())).findFirst().orElseThrow();

        var refusal = api().refusal(api().as(COVENTRY, PUT("/api/rates/" + inForce.id(), new RateForm(inForce.serviceType(),
                inForce.hourlyRatePence() + 100, null, null, clock.today().plusDays(1), inForce.version()))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(409);
    }

    List<Zone> zones(String user) {
        return api().retrieve(api().as(user, GET("/api/zones")), Argument.listOf(Zone.class));
    }

    Zone zoneNamed(String user, String code) {
        return zones(user).stream().filter(z -> z.code().equals(code)).findFirst().orElseThrow();
    }

    List<Framework> frameworks(String user) {
        return api().retrieve(api().as(user, GET("/api/frameworks")), Argument.listOf(Framework.class));
    }

    List<Rate> rates(String user) {
        return api().retrieve(api().as(user, GET("/api/rates")), Argument.listOf(Rate.class));
    }
}
