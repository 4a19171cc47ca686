package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;

import io.micronaut.core.type.Argument;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.platform.AcrossCouncils;

/**
 * What brokerage tests share: Coventry's demo data (Central's lot has Spon End as primary, whose user is
 * provider@coventry.demo, and Swanswell Pool as secondary), more provider users made on demand, and
 * the clock and cascade the tests move by hand.
 */
abstract class BrokerageTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String OTHER_COUNCIL = "commissioner@bradford.demo";
    static final String SPON_END = "provider@coventry.demo";
    static final PersonDetails HAROLD = new PersonDetails("Ada", "Quennell", LocalDate.of(1938, 5, 17), "9434765919",
            "7 Lavender Row, Earlsdon", "CV5 6AB");


    @Inject
    Cascade cascade;

    /** For calling a use case directly, outside a request, as a job would: across councils, by name. */
    @Inject
    AcrossCouncils across;

    LocalDate today() {
        return clock.today();
    }

    UUID coventryZone(String code) {
        return id("select z.id from zone z join council c on c.id = z.council_id where c.code = 'coventry' and z.code = ?", code);
    }

    UUID lotOfZone(UUID zone) {
        return id("select id from lot where zone_id = ?", zone);
    }

    PackageForm packageForm(UUID zone, UUID lot) {
        return new PackageForm(zone, lot, Funding.COUNCIL, 600,
                new VisitPattern(2, 45, List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME), false, false),
                today().plusDays(7), "Help with washing, dressing and meals after a hip replacement.", HAROLD);
    }

    CarePackage draft(PackageForm form) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages", form)), CarePackage.class);
    }

    CarePackage publish(CarePackage draft) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + draft.id() + "/publish", "")), CarePackage.class);
    }

    /** A package for Central, published: it waits in the PRIMARY stage for Spon End. */
    CarePackage publishedInCentral() {
        UUID zone = coventryZone("CENTRAL");
        return publish(draft(packageForm(zone, lotOfZone(zone))));
    }

    CarePackage show(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id())), CarePackage.class);
    }

    List<Offer> inbox(String provider) {
        return api().retrieve(api().as(provider, GET("/api/offers")), Argument.listOf(Offer.class));
    }

    Offer offerFor(String provider, CarePackage p) {
        return inbox(provider).stream().filter(o -> o.packageId().equals(p.id())).findFirst()
                .orElseThrow(() -> new AssertionError(provider + " has no offer of " + p.reference()));
    }

    Offer accept(String provider, Offer offer) {
        return api().retrieve(api().as(provider, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(today().plusDays(10)))), Offer.class);
    }

    Offer decline(String provider, Offer offer) {
        return api().retrieve(api().as(provider, POST("/api/offers/" + offer.id() + "/decline",
                new DeclineOffer(DeclineReason.NO_CAPACITY, null))), Offer.class);
    }

    void policy(OpenStageRule rule) {
        api().retrieve(api().as(COMMISSIONER, PUT("/api/brokerage-policy", new BrokeragePolicy(60, 60, 120, rule, 14, BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS))), BrokeragePolicy.class);
    }

    /**
     * A new citywide lot of Coventry held only by {@code count} new framework providers, each with a user:
     * a package on it goes straight to the OPEN stage. Returns the lot; the users are lot-provider-N@coventry.test.
     */
    UUID openLotWithProviders(String name, int count, boolean priceCompetition) {
        UUID council = id("select id from council where code = 'coventry'");
        UUID framework = id("select id from framework where council_id = ?", council);
        UUID lot = id("""
                insert into lot (council_id, framework_id, name, kind, service_category, price_competition)
                values (?, ?, ?, 'CITYWIDE', 'GENERAL', ?) returning id""", council, framework, name, priceCompetition);
        for (String username : providerUsers(name, count)) {
            execute("""
                    insert into lot_provider (lot_id, provider_id, tier)
                    select ?, organisation_id, 'FRAMEWORK' from app_user where username = ?""", lot, username);
        }
        return lot;
    }

    /** The users of the providers holding {@code lot}, by username. */
    List<String> usersOnLot(UUID lot) {
        List<String> users = new ArrayList<>();
        try (var connection = connectDirectly(); var statement = connection.prepareStatement("""
                select u.username from lot_provider lp join app_user u on u.organisation_id = lp.provider_id
                 where lp.lot_id = ? order by u.username""")) {
            statement.setObject(1, lot);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        users.forEach(api()::tokenFor);
        return users;
    }

    List<String> providerUsers(String prefix, int count) {
        UUID council = id("select id from council where code = 'coventry'");
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = prefix.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + i + "@coventry.test";
            UUID organisation = id("""
                    insert into organisation (kind, name, regulator, regulator_provider_id)
                    values ('PROVIDER', ?, 'CQC', ?) returning id""", prefix + " provider " + i, "1-" + UUID.randomUUID());
            execute("insert into organisation_council (organisation_id, council_id) values (?, ?)", organisation, council);
            execute("""
                    insert into app_user (username, display_name, password_hash, role, organisation_id)
                    select ?, ?, password_hash, 'PROVIDER', ? from app_user where username = ?""",
                    username, "Staff " + i, organisation, SPON_END);
            usernames.add(username);
        }
        return usernames;
    }
}
