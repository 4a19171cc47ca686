package uk.homecare.portal.fakes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.demo.DemoData;
import uk.homecare.portal.demo.DemoLogin;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.client.MessagingClient;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.ui.client.ChcClient;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.ui.client.PeopleClient;
import uk.homecare.portal.ui.client.ReferenceClient;

/**
 * The scenarios against the real API over HTTP, through the UI's own declarative clients, as Coventry's demo
 * people with the demo activity loaded: the application is started once for all of them.
 */
@MicronautTest(transactional = false)
class TheRealApiKeepsTheScenariosTest extends PortalTest
        implements BrokerageScenarios, HoursBankScenarios, PeopleScenarios, IdentityScenarios, ReadScenarios, MessagingScenarios {

    private static final String COUNCIL = "coventry";

    @Inject
    IdentityClient identity;
    @Inject
    BrokerageClient brokerage;
    @Inject
    HoursBankClient hoursBank;
    @Inject
    PeopleClient people;
    @Inject
    CapacityClient capacity;
    @Inject
    ReferenceClient reference;
    @Inject
    ChcClient chc;
    @Inject
    MessagingClient messaging;

    private final Map<Role, Bearer> signedIn = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @Override
    public Portal portal() {
        return new Real();
    }

    private final class Real implements Portal {

        @Override
        public IdentityClient identity() {
            return identity;
        }

        @Override
        public BrokerageClient brokerage() {
            return brokerage;
        }

        @Override
        public MessagingClient messaging() {
            return messaging;
        }

        @Override
        public HoursBankClient hoursBank() {
            return hoursBank;
        }

        @Override
        public PeopleClient people() {
            return people;
        }

        @Override
        public CapacityClient capacity() {
            return capacity;
        }

        @Override
        public ReferenceClient reference() {
            return reference;
        }

        @Override
        public ChcClient chc() {
            return chc;
        }

        @Override
        public MovableClock clock() {
            return clock;
        }

        @Override
        public String username(Role role) {
            return DemoData.logins().stream()
                    .filter(login -> login.councilCode().equals(COUNCIL) && login.role().equals(role.name()))
                    .map(DemoLogin::username).findFirst().orElseThrow();
        }

        @Override
        public String password() {
            return Api.DEMO_PASSWORD;
        }

        @Override
        public Bearer signedInAs(Role role) {
            return signedIn.computeIfAbsent(role, Portal.super::signedInAs);
        }

        @Override
        public PackageForm aPackageForm() {
            Bearer commissioner = signedInAs(Role.COMMISSIONER);
            UUID provider = identity.me(signedInAs(Role.PROVIDER)).organisation().id();
            Lot lot = reference.listFrameworks(commissioner).stream()
                    .flatMap(framework -> reference.listLots(commissioner, framework.id()).stream())
                    .filter(l -> l.zoneId() != null && l.providers().stream().anyMatch(p -> p.providerId().equals(provider) && p.tier() == LotTier.PRIMARY))
                    .findFirst().orElseThrow();
            return new PackageForm(lot.zoneId(), lot.id(), Funding.COUNCIL, 420,
                    new VisitPattern(2, 45, List.of(TimeOfDay.MORNING, TimeOfDay.EVENING), false, false), clock.today().plusDays(7),
                    "Help with washing and meals", new PersonDetails("Winifred", "Oakenshaw", java.time.LocalDate.of(1938, 5, 17),
                            "9434765919", "12 Jubilee Crescent", "CV6 2FL"));
        }

        @Override
        public UUID aPendingPrimaryOffer() {
            Bearer commissioner = signedInAs(Role.COMMISSIONER);
            CarePackage published = brokerage.publishPackage(commissioner, brokerage.draftPackage(commissioner, null, aPackageForm()).id());
            return brokerage.listOffers(signedInAs(Role.PROVIDER), null, null, null).stream()
                    .filter(o -> o.packageId().equals(published.id())).findFirst().orElseThrow().id();
        }

        /**
         * A package on a new lot the provider alone holds (as PRIMARY): declined in the PRIMARY stage it skips SECONDARY,
         * which nobody holds, and is offered to the lot's only provider in the OPEN stage.
         */
        @Override
        public UUID aLastOpenOfferToAnswer() {
            Bearer commissioner = signedInAs(Role.COMMISSIONER);
            Bearer provider = signedInAs(Role.PROVIDER);
            PackageForm usual = aPackageForm();
            UUID framework = reference.listFrameworks(commissioner).getFirst().id();
            Lot lot = reference.addLot(commissioner, framework, null, new LotForm("Scenario lot " + UUID.randomUUID(), LotKind.ZONE, usual.zoneId(),
                    ServiceCategory.GENERAL, null, null, false, null));
            reference.placeProvider(commissioner, lot.id(), new LotProviderForm(identity.me(provider).organisation().id(), LotTier.PRIMARY));
            var form = new PackageForm(usual.zoneId(), lot.id(), usual.funding(), usual.weeklyMinutes(), usual.visitPattern(),
                    usual.startDate(), usual.needsSummary(), usual.person());
            CarePackage published = brokerage.publishPackage(commissioner, brokerage.draftPackage(commissioner, null, form).id());
            UUID primary = offerOf(published.id(), OfferStage.PRIMARY);
            brokerage.declineOffer(provider, primary, new DeclineOffer(DeclineReason.NO_CAPACITY, null));
            return offerOf(published.id(), OfferStage.OPEN);
        }

        private UUID offerOf(UUID packageId, OfferStage stage) {
            return brokerage.listOffers(signedInAs(Role.PROVIDER), null, null, stage).stream()
                    .filter(o -> o.packageId().equals(packageId)).findFirst().orElseThrow().id();
        }

        @Override
        public NamedRef aPersonWithoutAPlan() {
            Bearer commissioner = signedInAs(Role.COMMISSIONER);
            var planned = hoursBank.listHoursPlans(commissioner).stream().map(p -> p.person().id()).toList();
            return people.listPeople(commissioner, null, 0, 100).items().stream().filter(p -> !planned.contains(p.id()))
                    .map(p -> new NamedRef(p.id(), p.givenName() + " " + p.familyName())).findFirst().orElseThrow();
        }

        @Override
        public UUID aProviderOfHours() {
            return identity.me(signedInAs(Role.PROVIDER)).organisation().id();
        }

        @Override
        public NamedRef aPersonWithHours(Role role) {
            return hoursBank.listHoursBankPeople(signedInAs(role)).getFirst();
        }
    }
}
