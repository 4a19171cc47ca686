package uk.homecare.portal.fakes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.FakeCapacityClient;
import uk.homecare.portal.ui.testing.FakeChcClient;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.FakePeopleClient;
import uk.homecare.portal.ui.testing.FakeReferenceClient;

/** The scenarios against the UI's fakes, each on fresh fakes as a view test starts with them. */
class TheFakesKeepTheScenariosTest implements BrokerageScenarios, HoursBankScenarios, PeopleScenarios, IdentityScenarios, ReadScenarios {

    private final Fakes fakes = new Fakes();

    @Override
    public Portal portal() {
        return fakes;
    }

    /** The fakes as {@code KaribuUi} makes them, given what a scenario starts from as the view tests give it. */
    private static final class Fakes implements Portal {

        private static final Map<Role, String> USERNAMES = Map.of(Role.COMMISSIONER, "cora", Role.ADMIN, "adam", Role.PROVIDER, "pete",
                Role.SERVICE_USER, "sue", Role.CARER, "carl");

        private final MovableClock clock = new MovableClock();
        private final FakeIdentityClient identity = new FakeIdentityClient();
        private final FakeBrokerageClient brokerage = new FakeBrokerageClient(clock, identity);
        private final FakeHoursBankClient hoursBank = new FakeHoursBankClient(clock, identity);
        private final FakePeopleClient people = new FakePeopleClient(identity);
        private final FakeCapacityClient capacity = new FakeCapacityClient(clock);
        private final FakeReferenceClient reference = new FakeReferenceClient();
        private final FakeChcClient chc = new FakeChcClient();

        Fakes() {
            brokerage.reset();
            hoursBank.reset();
            people.reset();
            capacity.reset();
            reference.reset();
            reference.zones.add(new uk.homecare.portal.api.reference.Zone(UUID.randomUUID(), "CV-C", "Coventry Central",
                    uk.homecare.portal.api.reference.ZoneKind.URBAN, null, 0));
            chc.reset();
            for (NamedRef person : List.of(FakeIdentityClient.SUE, FakeIdentityClient.MARY, FakeIdentityClient.TOM)) {
                var plan = new HoursPlan(UUID.randomUUID(), person, FakeHoursBankClient.PROVIDER, FakeIdentityClient.COVENTRY, 360,
                        clock.monday().minusWeeks(3), null);
                hoursBank.balances.put(person.id(), new HoursBalance(person, plan, 1080, 0, null, List.of(), null, List.of()));
            }
        }

        @Override
        public FakeIdentityClient identity() {
            return identity;
        }

        @Override
        public FakeBrokerageClient brokerage() {
            return brokerage;
        }

        @Override
        public FakeHoursBankClient hoursBank() {
            return hoursBank;
        }

        @Override
        public FakePeopleClient people() {
            return people;
        }

        @Override
        public FakeCapacityClient capacity() {
            return capacity;
        }

        @Override
        public FakeReferenceClient reference() {
            return reference;
        }

        @Override
        public FakeChcClient chc() {
            return chc;
        }

        @Override
        public MovableClock clock() {
            return clock;
        }

        @Override
        public String username(Role role) {
            return USERNAMES.get(role);
        }

        @Override
        public String password() {
            return FakeIdentityClient.PASSWORD;
        }

        @Override
        public PackageForm aPackageForm() {
            return new PackageForm(FakeBrokerageClient.ZONE.id(), FakeBrokerageClient.LOT.id(), Funding.COUNCIL, 420,
                    FakeBrokerageClient.PATTERN, clock.today().plusDays(7), "Help with washing and meals", FakeBrokerageClient.PERSON);
        }

        @Override
        public UUID aPendingPrimaryOffer() {
            CarePackage published = brokerage.aPackage("PKG-" + (brokerage.packages.size() + 1), PackageStatus.PRIMARY, clock.instant());
            brokerage.packages.add(published);
            Offer offer = brokerage.anOffer(published, OfferStage.PRIMARY, published.stageEndsAt(), false);
            brokerage.offers.add(offer);
            return offer.id();
        }

        @Override
        public UUID anOpenPackageWithBids() {
            CarePackage open = brokerage.aPackage("PKG-" + (brokerage.packages.size() + 1), PackageStatus.OPEN,
                    clock.instant().minus(Duration.ofHours(9)));
            brokerage.packages.add(open);
            LocalDate start = open.startDate();
            brokerage.bids.put(open.id(), List.of(new Bid(UUID.randomUUID(), FakeHoursBankClient.PROVIDER, OfferResponse.BID, start, null,
                    clock.instant().minus(Duration.ofHours(1)), null)));
            return open.id();
        }

        @Override
        public NamedRef aPersonWithHours(Role role) {
            return hoursBank.listHoursBankPeople(signedInAs(role)).getFirst();
        }
    }
}
