package uk.homecare.portal.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.brokerage.OfferResponses;
import uk.homecare.portal.brokerage.PackageDrafting;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.person.Postcode;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * Gives each demo council packages to look at, made through the same use cases as real ones: one
 * waiting for the demo provider's answer, one awarded to it, one with bids in the OPEN stage and one
 * nobody took. The people are fictional.
 */
@Singleton
class DemoBrokerage {

    private static final Logger LOG = LoggerFactory.getLogger(DemoBrokerage.class);

    private record Staff(Actor commissioner, Actor provider, UUID lot, UUID zone, String district) {}

    private final Sql sql;
    private final PackageDrafting drafting;
    private final OfferResponses responses;
    private final Clock clock;
    private final AcrossCouncils acrossCouncils;

    DemoBrokerage(Sql sql, PackageDrafting drafting, OfferResponses responses, Clock clock, AcrossCouncils acrossCouncils) {
        this.acrossCouncils = acrossCouncils;
        this.sql = sql;
        this.drafting = drafting;
        this.responses = responses;
        this.clock = clock;
    }

    void load() {
        acrossCouncils.run("demo activity: packages drafted, published and answered in every demo council", this::seed);
    }

    private void seed() {
        List<Staff> councils = sql.list("""
                select cu.id as commissioner_id, cu.username as commissioner, cu.council_id, cu.organisation_id as council_org,
                       pu.id as provider_id, pu.username as provider, pu.organisation_id as provider_org, lp.lot_id,
                       coalesce(l.zone_id, (select z.id from zone z where z.council_id = cu.council_id and z.retired_on is null order by z.code limit 1)) as zone_id,
                       (select pe.postcode from person pe where pe.council_id = cu.council_id and pe.postcode is not null limit 1) as postcode
                  from app_user cu
                  join app_user pu on pu.role = 'PROVIDER' and split_part(pu.username, '@', 2) = split_part(cu.username, '@', 2)
                  join lateral (select lp.lot_id from lot_provider lp join lot l on l.id = lp.lot_id
                                 where lp.provider_id = pu.organisation_id and l.council_id = cu.council_id
                                 order by (lp.tier = 'PRIMARY') desc, (l.zone_id is not null) desc, l.name limit 1) lp on true
                  join lot l on l.id = lp.lot_id
                 where cu.role = 'COMMISSIONER' and cu.username like '%.demo'
                 order by cu.username""",
                row -> new Staff(
                        actor(Sql.uuid(row, "commissioner_id"), row.getString("commissioner"), Role.COMMISSIONER,
                                Sql.uuid(row, "council_id"), Sql.uuid(row, "council_org"), Sql.uuid(row, "council_id")),
                        actor(Sql.uuid(row, "provider_id"), row.getString("provider"), Role.PROVIDER, null,
                                Sql.uuid(row, "provider_org"), Sql.uuid(row, "council_id")),
                        Sql.uuid(row, "lot_id"), Sql.uuid(row, "zone_id"), Postcode.district(row.getString("postcode"))));
        for (Staff staff : councils) {
            packagesFor(staff);
        }
        LOG.info("Demo packages made for {} councils", councils.size());
    }

    private void packagesFor(Staff staff) {
        LocalDate start = UkTime.today(clock).plusDays(7);
        publish(staff, new PersonDetails("Edna", "Marlowe", LocalDate.of(1936, 2, 14), "9434765803",
                "4 Mill Lane", staff.district() + " 2AB"), 420, start, "Morning and evening help with personal care; lives alone; a cat.",
                morningsAndEvenings(30), Set.of(MatchingNeed.FEMALE_CARER));
        CarePackage awarded = publish(staff, new PersonDetails("Walter", "Pryce", LocalDate.of(1944, 9, 3), "9434765811",
                "12 Chapel Row", staff.district() + " 3CD"), 630, start, "Support after a stroke: transfers with a hoist, meals, medication prompts.");
        CarePackage open = publish(staff, new PersonDetails("Iris", "Okafor", LocalDate.of(1951, 6, 21), "9434765838",
                "31 Orchard Close", staff.district() + " 4EF"), 840, start.plusDays(7), "Double-handed calls; catheter care; speaks Yoruba and English.");
        CarePackage nobody = publish(staff, new PersonDetails("Stanley", "Hughes", LocalDate.of(1939, 12, 1), "9434765846",
                "2 Station Road", staff.district() + " 5GH"), 1050, start, "Rural address, four calls a day including a night call.",
                List.of(), Set.of(MatchingNeed.DRIVER));
        acceptAsTheDemoProvider(staff, awarded);
        driveToOpen(open);
        driveToOpen(nobody);
        bidOrDecline(open, true);
        bidOrDecline(nobody, false);
    }

    private CarePackage publish(Staff staff, PersonDetails person, int weeklyMinutes, LocalDate start, String needs) {
        return publish(staff, person, weeklyMinutes, start, needs, List.of(), Set.of());
    }

    /** A visit of {@code minutes} each morning and each evening of the week. */
    private static List<ScheduledVisit> morningsAndEvenings(int minutes) {
        return Arrays.stream(DayOfWeek.values())
                .flatMap(day -> Stream.of(new ScheduledVisit(day, TimeOfDay.MORNING, minutes, false),
                        new ScheduledVisit(day, TimeOfDay.EVENING, minutes, false)))
                .toList();
    }

    private CarePackage publish(Staff staff, PersonDetails person, int weeklyMinutes, LocalDate start, String needs,
            List<ScheduledVisit> schedule, Set<MatchingNeed> matchingNeeds) {
        int visitMinutes = schedule.isEmpty() ? 45 : schedule.getFirst().minutes();
        var form = new PackageForm(staff.zone(), staff.lot(), Funding.COUNCIL, weeklyMinutes,
                new VisitPattern(2, visitMinutes, List.of(TimeOfDay.MORNING, TimeOfDay.EVENING), false, false), start, needs, person,
                schedule, matchingNeeds);
        CarePackage draft = drafting.draft(staff.commissioner(), form);
        return drafting.publish(staff.commissioner(), draft.id());
    }

    private void acceptAsTheDemoProvider(Staff staff, CarePackage p) {
        pendingOffers(p).stream().filter(o -> o.provider().equals(staff.provider().organisationId())).findFirst()
                .ifPresent(o -> responses.accept(staff.provider(), o.offer(), new AcceptOffer(p.startDate())));
    }

    private record Pending(UUID offer, UUID provider, String stage) {}

    private List<Pending> pendingOffers(CarePackage p) {
        return sql.list("""
                select o.id, o.provider_id, o.stage from offer o join care_package p on p.id = o.package_id and p.round = o.round
                 where o.package_id = ? and o.response = 'PENDING' order by o.offered_at, o.id""",
                row -> new Pending(Sql.uuid(row, "id"), Sql.uuid(row, "provider_id"), row.getString("stage")), p.id());
    }

    /** The primary and secondary providers decline, as they often do for hard-to-place packages. */
    private void driveToOpen(CarePackage p) {
        for (int guard = 0; guard < 2; guard++) {
            List<Pending> pending = pendingOffers(p);
            if (pending.isEmpty() || pending.getFirst().stage().equals("OPEN")) {
                return;
            }
            Pending offer = pending.getFirst();
            responses.decline(providerActor(offer.provider(), p), offer.offer(), new DeclineOffer(DeclineReason.NO_CAPACITY, null));
        }
    }

    /** In the OPEN stage, one provider bids (or, for the package nobody takes, every one declines). */
    private void bidOrDecline(CarePackage p, boolean oneBids) {
        List<Pending> pending = pendingOffers(p);
        for (int i = 0; i < pending.size(); i++) {
            Pending offer = pending.get(i);
            if (!offer.stage().equals("OPEN")) {
                return;
            }
            Actor provider = providerActor(offer.provider(), p);
            if (oneBids && i == 0) {
                responses.bid(provider, offer.offer(), new BidForm(p.startDate(), null));
                return;
            }
            responses.decline(provider, offer.offer(), new DeclineOffer(DeclineReason.GEOGRAPHY, null));
        }
    }

    private Actor providerActor(UUID organisation, CarePackage p) {
        UUID user = sql.one("select id from app_user where organisation_id = ? and role = 'PROVIDER' limit 1",
                row -> Sql.uuid(row, "id"), organisation).orElse(null);
        return actor(user, "demo-provider", Role.PROVIDER, null, organisation, p.council().id());
    }

    private static Actor actor(UUID id, String username, Role role, UUID council, UUID organisation, UUID seenCouncil) {
        return new Actor(id, username, role, council, organisation, Set.of(seenCouncil));
    }
}
