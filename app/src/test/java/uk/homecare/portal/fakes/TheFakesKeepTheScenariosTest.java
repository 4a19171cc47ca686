package uk.homecare.portal.fakes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.FakeCapacityClient;
import uk.homecare.portal.ui.testing.FakeChcClient;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.FakeMessagingClient;
import uk.homecare.portal.ui.testing.FakePeopleClient;
import uk.homecare.portal.ui.testing.FakeReferenceClient;

/** The scenarios against the UI's fakes, each on fresh fakes as a view test starts with them. */
class TheFakesKeepTheScenariosTest implements BrokerageScenarios, HoursBankScenarios, PeopleScenarios, IdentityScenarios, ReadScenarios,
        MessagingScenarios {

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
        private final FakeReferenceClient reference = new FakeReferenceClient();
        private final FakeBrokerageClient brokerage = new FakeBrokerageClient(clock, identity, reference);
        private final FakeHoursBankClient hoursBank = new FakeHoursBankClient(clock, identity);
        private final FakePeopleClient people = new FakePeopleClient(identity);
        private final FakeCapacityClient capacity = new FakeCapacityClient(clock);
        private final FakeChcClient chc = new FakeChcClient();
        private final FakeMessagingClient messaging = new FakeMessagingClient(clock, identity);

        Fakes() {
            brokerage.reset();
            hoursBank.reset();
            people.reset();
            capacity.reset();
            reference.reset();
            reference.zones.add(new uk.homecare.portal.api.reference.Zone(UUID.randomUUID(), "CV-C", "Coventry Central",
                    uk.homecare.portal.api.reference.ZoneKind.URBAN, null, 0));
            chc.reset();
            for (NamedRef person : List.of(FakeIdentityClient.SUE, FakeIdentityClient.MARY)) {
                var plan = new HoursPlan(UUID.randomUUID(), person, FakeHoursBankClient.PROVIDER, FakeIdentityClient.COVENTRY, 360,
                        clock.monday().minusWeeks(3), null);
                hoursBank.plans.add(plan);
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
        public FakeMessagingClient messaging() {
            return messaging;
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

        /** As the real API's: a package on a lot the provider alone holds, offered to it in the OPEN stage. */
        @Override
        public UUID aLastOpenOfferToAnswer() {
            NamedRef agency = identity.person(USERNAMES.get(Role.PROVIDER)).organisation();
            reference.providers.add(new Provider(agency.id(), agency.name(), "CQC", "1-102", null));
            Bearer commissioner = signedInAs(Role.COMMISSIONER);
            Lot lot = reference.addLot(commissioner, UUID.randomUUID(), null, new LotForm("Scenario lot", LotKind.ZONE, FakeBrokerageClient.ZONE.id(),
                    ServiceCategory.GENERAL, null, null, false, null));
            reference.placeProvider(commissioner, lot.id(), new LotProviderForm(agency.id(), LotTier.PRIMARY));
            CarePackage p = brokerage.aPackage("PKG-" + (brokerage.packages.size() + 1), PackageStatus.OPEN,
                    clock.instant().minus(Duration.ofHours(9)));
            var open = new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), new NamedRef(lot.id(), lot.name()), p.funding(),
                    p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(), p.stageEndsAt(),
                    p.publishedAt(), null, null, null, null, 0, List.of());
            brokerage.packages.add(open);
            Offer offer = brokerage.anOffer(open, OfferStage.OPEN, clock.instant().plus(Duration.ofHours(20)), false);
            brokerage.offers.add(offer);
            return offer.id();
        }

        @Override
        public NamedRef aPersonWithoutAPlan() {
            return FakeIdentityClient.TOM;
        }

        @Override
        public UUID aProviderOfHours() {
            return FakeHoursBankClient.PROVIDER.id();
        }

        @Override
        public NamedRef aPersonWithHours(Role role) {
            return hoursBank.listHoursBankPeople(signedInAs(role)).getFirst();
        }
    }
}
