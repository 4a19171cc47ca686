package uk.homecare.portal.golive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.core.type.Argument;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import uk.homecare.portal.api.account.Account;
import uk.homecare.portal.api.account.AccountList;
import uk.homecare.portal.api.account.Council;
import uk.homecare.portal.api.account.CouncilForm;
import uk.homecare.portal.api.account.Invitation;
import uk.homecare.portal.api.account.InvitationDetails;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.account.InvitationOperations;
import uk.homecare.portal.api.account.Nation;
import uk.homecare.portal.api.account.NewAccount;
import uk.homecare.portal.api.account.NewPassword;
import uk.homecare.portal.api.account.ResetRequest;
import uk.homecare.portal.api.account.ResetRequested;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.audit.AuditEntry;
import uk.homecare.portal.api.audit.AuditEntryPage;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.api.consent.CarerAccount;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentForm;
import uk.homecare.portal.api.consent.ConsentStatus;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.organisation.ClientRegistrationForm;
import uk.homecare.portal.api.organisation.CouncilProviders;
import uk.homecare.portal.api.organisation.IssuedSecret;
import uk.homecare.portal.api.organisation.NhsPartner;
import uk.homecare.portal.api.organisation.NhsPartnerForm;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.api.organisation.ProviderRegistrationForm;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonPage;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.FrameworkForm;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.api.reference.RateForm;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.ServiceType;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;

/**
 * A council goes live from an empty database: the runnable jar in production mode, the one-time bootstrap,
 * then everything else through the API alone, as a council's IT team, its staff, its providers and an NHS
 * partner would, with every invitation and reset read from the e-mail the portal sends. The steps run in order,
 * each building on the last; once one fails the later ones are skipped, so the first failure names the step.
 * Runs after the jar is packaged (JUnit tag {@code jar}). No SQL: only the bootstrap command and HTTP.
 */
@Tag("jar")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoingLiveTest {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");
    private static final String UNKNOWN = "nobody.here@council.example";

    private ProductionInstallation installation;
    private PortalHttp api;
    private String setPasswordLink;
    private String replacedLink;
    private @Nullable String failedStep;

    /** Everyone's password, by e-mail address, and their latest token. */
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Integer> mailsRead = new HashMap<>();

    private LocalDate today;
    private Council council;
    private final List<ProviderOrganisation> providers = new ArrayList<>();
    private Zone zone;
    private Lot lot;
    private CarePackage racedFor;
    private String partnerToken;

    private static final String PLATFORM_ADMIN = "it.lead@council.example";
    private static final String ADMIN = "alex.admin@warwick.example";
    private static final String SECOND_ADMIN = "bea.admin@warwick.example";
    private static final String COMMISSIONER = "chris.commissioner@warwick.example";
    private static final List<String> PROVIDER_ADMINS = List.of("dana@avon-care.example", "eli@kenilworth-care.example");
    private static final List<String> PROVIDER_STAFF = List.of("fay@avon-care.example", "gus@kenilworth-care.example");
    private static final String SERVICE_USER = "margaret.okafor@home.example";
    private static final String CARER = "daniel.okafor@home.example";

    private static final PersonDetails MARGARET = new PersonDetails("Margaret", "Okafor", LocalDate.of(1941, 3, 14), "9434765919",
            "14 Smith Street", "CV34 4HN");
    private static final PersonDetails PATIENT = new PersonDetails("Harold", "Webb", LocalDate.of(1938, 7, 2), "9434766095",
            "3 Coten End", "CV34 4NT");

    @RegisterExtension
    final TestWatcher stepWatcher = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
            if (failedStep == null) {
                failedStep = context.getDisplayName();
            }
        }
    };

    @BeforeAll
    void installAndBootstrap() throws Exception {
        installation = new ProductionInstallation(
                Path.of(System.getProperty("portal.jar", "target/homecare-portal-0.1.0-SNAPSHOT.jar")),
                Path.of("target", "going-live"));
        replacedLink = bootstrap("bootstrap");
        setPasswordLink = bootstrap("bootstrap-rerun");
        installation.startPortal();
        api = new PortalHttp(installation.api());
    }

    /** Runs the documented bootstrap and returns the set-password link it prints. */
    private String bootstrap(String name) throws Exception {
        var bootstrap = installation.command(name, "admin", "create", "--email", PLATFORM_ADMIN);
        assertThat(bootstrap.exitCode()).as(bootstrap.output()).isZero();
        assertThat(bootstrap.output()).as("the bootstrap prints a link into the UI").contains(installation.ui());
        Matcher link = LINK.matcher(bootstrap.output().substring(bootstrap.output().indexOf(installation.ui())));
        assertThat(link.find()).as("the bootstrap prints a set-password link").isTrue();
        return link.group(1);
    }

    @AfterAll
    void uninstall() throws Exception {
        if (installation != null) {
            installation.close();
        }
    }

    @BeforeEach
    void onlyAfterEveryEarlierStepPassed() {
        assumeTrue(failedStep == null, () -> "skipped: the earlier step '" + failedStep + "' failed");
    }

    // ---- 1. The platform administrator ------------------------------------------------------------------------

    @Test
    @Order(1)
    void the_bootstrap_link_sets_the_platform_administrators_password_and_they_sign_in() {
        assertThat(setPasswordLink).startsWith(installation.ui() + "/invitation?token=");
        String token = tokenOf(setPasswordLink);
        assertThat(api.send("GET", "/api/invitation", null, null, InvitationOperations.TOKEN_HEADER, tokenOf(replacedLink)).status())
                .as("running the bootstrap again before the link is used replaces the link").isEqualTo(404);
        assertThat(new PortalHttp(installation.ui()).send("GET", setPasswordLink.substring(installation.ui().length()), null, null).status())
                .as("the link opens a page of the UI").isEqualTo(200);
        assertThat(api.send("POST", "/login", null, new Credentials("commissioner@coventry.demo", "demo-password-2026")).status())
                .as("production mode: no demo logins").isEqualTo(401);

        var details = api.send("GET", "/api/invitation", null, null, InvitationOperations.TOKEN_HEADER, token);
        assertThat(details.status()).as(details.body()).isEqualTo(200);
        assertThat(api.read(details, Argument.of(InvitationDetails.class)).role()).isEqualTo(Role.PLATFORM_ADMIN);
        accept(token, PLATFORM_ADMIN);

        Me me = me(PLATFORM_ADMIN);
        assertThat(me.role()).isEqualTo(Role.PLATFORM_ADMIN);
        assertThat(me.council()).isNull();
        today = api.send("GET", "/api/me", tokens.get(PLATFORM_ADMIN), null).serverDate();
        assertThat(today).as("the portal's Date header, our only clock").isNotNull();
    }

    @Test
    @Order(2)
    void the_bootstrap_refuses_to_run_a_second_time() throws Exception {
        var again = installation.command("bootstrap-again", "admin", "create", "--email", "someone.else@council.example");

        assertThat(again.exitCode()).as(again.output()).isEqualTo(1);
        assertThat(again.output()).containsIgnoringCase("already");
        assertThat(signIn(PLATFORM_ADMIN).status()).as("the first administrator still signs in").isEqualTo(200);
    }

    // ---- 2. The council and its first administrator ------------------------------------------------------------

    @Test
    @Order(3)
    void the_platform_administrator_creates_a_council_and_its_first_administrator_accepts_the_emailed_invitation() {
        council = api.post(tokens.get(PLATFORM_ADMIN), "/api/councils",
                new CouncilForm("Warwick District Council", "warwick", "E07000222", Nation.ENGLAND, "en"), Council.class);
        assertThat(council.administrators()).isZero();
        assertThat(api.get(tokens.get(PLATFORM_ADMIN), "/api/councils", Argument.listOf(Council.class)))
                .as("production mode starts with no councils").extracting(Council::id).containsExactly(council.id());

        invite(PLATFORM_ADMIN, ADMIN, "Alex Admin", Role.ADMIN, council.id(), null, null);
        acceptMailedInvitation(ADMIN);

        Me admin = me(ADMIN);
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.council()).extracting(NamedRef::id).isEqualTo(council.id());
        assertThat(api.get(tokens.get(PLATFORM_ADMIN), "/api/councils", Argument.listOf(Council.class)))
                .filteredOn(c -> c.id().equals(council.id())).singleElement()
                .satisfies(c -> assertThat(c.administrators()).isEqualTo(1));
    }

    // ---- 3. The council's staff, its providers and theirs -----------------------------------------------------

    @Test
    @Order(4)
    void the_administrator_invites_a_commissioner_and_a_second_administrator() {
        invite(ADMIN, COMMISSIONER, "Chris Commissioner", Role.COMMISSIONER, null, null, null);
        invite(ADMIN, SECOND_ADMIN, "Bea Admin", Role.ADMIN, null, null, null);
        acceptMailedInvitation(COMMISSIONER);
        acceptMailedInvitation(SECOND_ADMIN);

        assertThat(me(COMMISSIONER).role()).isEqualTo(Role.COMMISSIONER);
        assertThat(me(SECOND_ADMIN).council()).extracting(NamedRef::id).isEqualTo(council.id());
        AccountList accounts = api.get(tokens.get(SECOND_ADMIN), "/api/accounts", AccountList.class);
        assertThat(accounts.accounts()).extracting(Account::username).contains(ADMIN, SECOND_ADMIN, COMMISSIONER);
        assertThat(accounts.invitations()).isEmpty();
    }

    @Test
    @Order(5)
    void two_providers_are_registered_and_their_administrators_each_invite_a_member_of_staff() {
        providers.add(register("Avon Home Care Ltd", "1-111000001", "2 Emscote Road, Warwick", "CV34 5QB", "office@avon-care.example"));
        providers.add(register("Kenilworth Care Ltd", "1-111000002", "9 Warwick Road, Kenilworth", "CV8 1HL", "office@kenilworth-care.example"));

        for (int i = 0; i < providers.size(); i++) {
            invite(ADMIN, PROVIDER_ADMINS.get(i), "Provider admin " + i, Role.PROVIDER_ADMIN, null, providers.get(i).id(), null);
        }
        PROVIDER_ADMINS.forEach(this::acceptMailedInvitation);
        for (int i = 0; i < providers.size(); i++) {
            assertThat(api.get(tokens.get(PROVIDER_ADMINS.get(i)), "/api/my-organisation", ProviderOrganisation.class).id())
                    .isEqualTo(providers.get(i).id());
            invite(PROVIDER_ADMINS.get(i), PROVIDER_STAFF.get(i), "Care coordinator " + i, Role.PROVIDER, null, null, null);
        }
        PROVIDER_STAFF.forEach(this::acceptMailedInvitation);

        for (int i = 0; i < providers.size(); i++) {
            Me staff = me(PROVIDER_STAFF.get(i));
            assertThat(staff.role()).isEqualTo(Role.PROVIDER);
            assertThat(staff.organisation()).extracting(NamedRef::id).isEqualTo(providers.get(i).id());
            assertThat(api.get(tokens.get(PROVIDER_ADMINS.get(i)), "/api/accounts", AccountList.class).accounts())
                    .extracting(Account::username).containsExactlyInAnyOrder(PROVIDER_ADMINS.get(i), PROVIDER_STAFF.get(i));
        }
        assertThat(api.get(tokens.get(ADMIN), "/api/provider-organisations", CouncilProviders.class).providers())
                .extracting(ProviderOrganisation::id).containsExactlyInAnyOrderElementsOf(providers.stream().map(ProviderOrganisation::id).toList());
    }

    // ---- 4. What brokerage needs, a package, and two providers racing for it ---------------------------------

    @Test
    @Order(6)
    void the_commissioner_sets_up_a_zone_a_framework_a_lot_with_both_providers_rates_and_first_to_accept() {
        String commissioner = tokens.get(COMMISSIONER);
        zone = api.post(commissioner, "/api/zones", new ZoneForm("WARWICK", "Warwick town", ZoneKind.URBAN, null, null), Zone.class);
        Framework framework = api.post(commissioner, "/api/frameworks",
                new FrameworkForm("Home care 2027", today, 60, 24, null), Framework.class);
        lot = api.post(commissioner, "/api/frameworks/" + framework.id() + "/lots",
                new LotForm("Warwick town", LotKind.ZONE, zone.id(), ServiceCategory.GENERAL, null, null, false, null), Lot.class);
        for (ProviderOrganisation provider : providers) {
            lot = api.put(commissioner, "/api/lots/" + lot.id() + "/providers", new LotProviderForm(provider.id(), LotTier.FRAMEWORK), Lot.class);
        }
        api.post(commissioner, "/api/rates", new RateForm(ServiceType.DOMICILIARY, 2450, null, null, today, null), Rate.class);
        api.post(commissioner, "/api/rates", new RateForm(ServiceType.CHC, 2900, null, null, today, null), Rate.class);
        BrokeragePolicy policy = api.get(commissioner, "/api/brokerage-policy", BrokeragePolicy.class);
        api.put(commissioner, "/api/brokerage-policy", new BrokeragePolicy(policy.primaryWindowMinutes(), policy.secondaryWindowMinutes(),
                policy.openWindowMinutes(), OpenStageRule.FIRST_TO_ACCEPT, policy.handBackNoticeDays(),
                policy.startToleranceDays()), BrokeragePolicy.class);

        assertThat(lot.providers()).hasSize(2);
        assertThat(api.get(commissioner, "/api/rates", Argument.listOf(Rate.class))).hasSize(2);
    }

    @Test
    @Order(7)
    void a_published_package_raced_for_by_both_providers_is_awarded_to_exactly_one() throws Exception {
        String commissioner = tokens.get(COMMISSIONER);
        CarePackage draft = api.post(commissioner, "/api/packages", new PackageForm(zone.id(), lot.id(), Funding.COUNCIL, 7 * 2 * 45,
                new VisitPattern(2, 45, List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME), false, false), startDate(),
                "Help with washing, dressing and meals after a hip operation; lives alone.", MARGARET), CarePackage.class);
        CarePackage published = api.post(commissioner, "/api/packages/" + draft.id() + "/publish", null, CarePackage.class);
        assertThat(published.status()).as("only framework providers hold the lot: straight to OPEN").isEqualTo(PackageStatus.OPEN);
        List<Offer> offers = PROVIDER_STAFF.stream().map(staff -> offerOf(staff, published)).toList();
        assertThat(offers).allSatisfy(o -> assertThat(o.actions()).contains(OfferAction.ACCEPT));

        List<Integer> statuses = race(PROVIDER_STAFF.size(), i -> api.send("POST", "/api/offers/" + offers.get(i).id() + "/accept",
                tokens.get(PROVIDER_STAFF.get(i)), new AcceptOffer(published.startDate())).status());

        assertThat(statuses).as("one acceptance wins, the other is refused").containsExactlyInAnyOrder(200, 409);
        racedFor = api.get(commissioner, "/api/packages/" + published.id(), CarePackage.class);
        assertThat(racedFor.status()).isEqualTo(PackageStatus.AWARDED);
        int winner = statuses.indexOf(200);
        assertThat(racedFor.awardedProvider()).extracting(NamedRef::id).isEqualTo(providers.get(winner).id());
        assertThat(api.get(tokens.get(PROVIDER_STAFF.get(winner)), "/api/care-packages", Argument.listOf(CarePackage.class)))
                .extracting(CarePackage::id).containsExactly(published.id());
        assertThat(api.get(tokens.get(PROVIDER_STAFF.get(1 - winner)), "/api/care-packages", Argument.listOf(CarePackage.class))).isEmpty();
        assertThat(api.get(tokens.get(PROVIDER_STAFF.get(winner)), "/api/offers/" + offers.get(winner).id(), Offer.class).response())
                .isEqualTo(OfferResponse.WON);
    }

    // ---- 5. The person's own login, and a carer acting for them ------------------------------------------------

    @Test
    @Order(8)
    void the_person_gets_their_own_login_and_consents_to_a_carer_acting_for_them() {
        Person margaret = api.get(tokens.get(COMMISSIONER), "/api/people?q=Okafor", PersonPage.class).items().stream()
                .filter(p -> "9434765919".equals(p.nhsNumber())).findFirst().orElseThrow(() -> new AssertionError("the package's person is registered"));
        invite(ADMIN, SERVICE_USER, "Margaret Okafor", Role.SERVICE_USER, null, null, margaret.id());
        invite(ADMIN, CARER, "Daniel Okafor", Role.CARER, null, null, null);
        acceptMailedInvitation(SERVICE_USER);
        acceptMailedInvitation(CARER);
        CarerAccount daniel = api.get(tokens.get(ADMIN), "/api/carers?q=Daniel", Argument.listOf(CarerAccount.class)).stream()
                .filter(c -> c.username().equals(CARER)).findFirst().orElseThrow(() -> new AssertionError("the carer is found"));

        Consent consent = api.post(tokens.get(SERVICE_USER), "/api/people/" + margaret.id() + "/consents",
                new ConsentForm(daniel.id(), null, null), Consent.class);

        assertThat(consent.status()).isEqualTo(ConsentStatus.STANDING);
        assertThat(api.get(tokens.get(CARER), "/api/me/consents", Argument.listOf(Consent.class)))
                .extracting(c -> c.person().id()).containsExactly(margaret.id());
        assertThat(me(CARER).actingFor()).extracting(NamedRef::id).containsExactly(margaret.id());
        assertThat(me(SERVICE_USER).role()).isEqualTo(Role.SERVICE_USER);
    }

    // ---- 6. The NHS partner -------------------------------------------------------------------------------------

    @Test
    @Order(9)
    void the_platform_administrator_registers_an_nhs_partner_whose_client_gets_a_token() {
        String platform = tokens.get(PLATFORM_ADMIN);
        NhsPartner partner = api.post(platform, "/api/nhs-partners",
                new NhsPartnerForm("NHS Coventry and Warwickshire ICB", "B2M3M", List.of(council.id())), NhsPartner.class);
        IssuedSecret issued = api.post(platform, "/api/nhs-partners/" + partner.id() + "/clients",
                new ClientRegistrationForm("warwick-icb-live"), IssuedSecret.class);
        assertThat(issued.clientSecret()).isNotBlank();
        assertThat(api.call("GET", "/api/nhs-partners", platform, null).body()).as("the secret is shown once").doesNotContain(issued.clientSecret());

        var token = api.postForm("/oauth/token", Map.of("grant_type", "client_credentials",
                "client_id", "warwick-icb-live", "client_secret", issued.clientSecret()));

        assertThat(token.status()).as(token.body()).isEqualTo(200);
        AccessToken accessToken = api.read(token, Argument.of(AccessToken.class));
        assertThat(accessToken.roles()).containsExactly(Role.NHS_PARTNER.name());
        partnerToken = accessToken.accessToken();
        assertThat(api.call("GET", "/api/chc/events", partnerToken, null).status()).isEqualTo(200);
    }

    @Test
    @Order(10)
    void the_partner_places_a_chc_package_by_postcode_district_once_per_idempotency_key() {
        api.put(tokens.get(COMMISSIONER), "/api/postcode-districts", List.of(new PostcodeDistrictZone("CV34", zone.id())),
                Argument.listOf(PostcodeDistrictZone.class));
        var form = new ChcPackageForm(council.id(), null, null, 7 * 3 * 60,
                new VisitPattern(3, 60, List.of(TimeOfDay.MORNING, TimeOfDay.LUNCHTIME, TimeOfDay.TEATIME), false, true),
                startDate(), "PEG feeding and hoist transfers.", PATIENT, "ICB-0001");
        String key = UUID.randomUUID().toString();

        ChcPackage placed = api.post(partnerToken, "/api/chc/packages", form, ChcPackage.class, "Idempotency-Key", key);
        ChcPackage retried = api.post(partnerToken, "/api/chc/packages", form, ChcPackage.class, "Idempotency-Key", key);

        assertThat(retried.id()).as("a retry with the same key places nothing new").isEqualTo(placed.id());
        assertThat(placed.zone().id()).isEqualTo(zone.id());
        assertThat(placed.lot().id()).isEqualTo(lot.id());
        assertThat(placed.status()).isEqualTo(PackageStatus.OPEN);
        CarePackage seenByCouncil = api.get(tokens.get(COMMISSIONER), "/api/packages/" + placed.id(), CarePackage.class);
        assertThat(seenByCouncil.funding()).isEqualTo(Funding.NHS_CHC);
        assertThat(api.get(tokens.get(COMMISSIONER), "/api/packages", Argument.listOf(CarePackage.class)))
                .extracting(CarePackage::id).containsExactlyInAnyOrder(racedFor.id(), placed.id());
        for (String staff : PROVIDER_STAFF) {
            assertThat(api.get(tokens.get(staff), "/api/offers", Argument.listOf(Offer.class)))
                    .as("offered to " + staff).anySatisfy(o -> assertThat(o.packageId()).isEqualTo(placed.id()));
        }
    }

    // ---- 7. A forgotten password ---------------------------------------------------------------------------------

    @Test
    @Order(11)
    void a_reset_link_sets_a_new_password_once_and_an_unknown_address_gets_the_same_answer_and_no_email() {
        ResetRequested forUnknown = api.post(null, "/api/password-resets", new ResetRequest(UNKNOWN), ResetRequested.class);
        ResetRequested forKnown = api.post(null, "/api/password-resets", new ResetRequest(COMMISSIONER), ResetRequested.class);
        assertThat(forUnknown).isEqualTo(forKnown);
        String link = mailedLink(COMMISSIONER);
        assertThat(link).startsWith(installation.ui() + "/new-password?token=");
        String newPassword = "copper kettle under the willow tree";
        String signedInBefore = tokens.get(COMMISSIONER);

        api.call("POST", "/api/password-resets/new-password", null, new NewPassword(tokenOf(link), newPassword));
        var reused = api.send("POST", "/api/password-resets/new-password", null, new NewPassword(tokenOf(link), "another long password entirely"));

        assertThat(reused.status()).as("the link works once: " + reused.body()).isEqualTo(404);
        assertThat(api.send("GET", "/api/me", signedInBefore, null).status()).as("the reset ends the sessions signed in before").isEqualTo(401);
        assertThat(signIn(COMMISSIONER).status()).as("the old password no longer works").isEqualTo(401);
        passwords.put(COMMISSIONER, newPassword);
        assertThat(signIn(COMMISSIONER).status()).isEqualTo(200);
        assertThat(mailsTo(UNKNOWN)).as("nothing is sent to an address without an account").isEmpty();
    }

    // ---- 8. Who did what ----------------------------------------------------------------------------------------

    @Test
    @Order(12)
    void the_councils_audit_trail_shows_who_invited_whom_who_joined_the_providers_registered_and_the_consent() {
        List<AuditEntry> trail = api.get(tokens.get(SECOND_ADMIN), "/api/audit-events?size=100", AuditEntryPage.class).items();

        assertThat(trail).filteredOn(e -> e.action().equals(AuditAction.INVITATION_SENT.name()) && e.actor().equals(ADMIN))
                .as("the council's own administrator's invitations").hasSize(6);
        assertThat(trail).filteredOn(e -> e.action().equals(AuditAction.INVITATION_ACCEPTED.name())).extracting(AuditEntry::actor)
                .contains(ADMIN, SECOND_ADMIN, COMMISSIONER, SERVICE_USER, CARER);
        assertThat(trail).filteredOn(e -> e.action().equals(AuditAction.PROVIDER_REGISTERED.name())).hasSize(2)
                .extracting(AuditEntry::actor).containsOnly(ADMIN);
        assertThat(trail).filteredOn(e -> e.action().equals(AuditAction.CONSENT_RECORDED.name())).singleElement()
                .extracting(AuditEntry::actor).isEqualTo(SERVICE_USER);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Invitation invite(String inviter, String email, String name, Role role, @Nullable UUID councilId, @Nullable UUID organisationId,
            @Nullable UUID personId) {
        Invitation invitation = api.post(tokens.get(inviter), "/api/invitations",
                new InvitationForm(email, name, role, councilId, organisationId, personId), Invitation.class);
        assertThat(invitation.role()).isEqualTo(role);
        return invitation;
    }

    /** Reads the newest invitation e-mailed to the address, accepts it with a password, and signs in. */
    private void acceptMailedInvitation(String email) {
        String link = mailedLink(email);
        assertThat(link).startsWith(installation.ui() + "/invitation?token=");
        accept(tokenOf(link), email);
    }

    private void accept(String token, String email) {
        String password = "a long walk by the river " + email.substring(0, email.indexOf('@'));
        NewAccount account = api.post(null, "/api/invitation", new NewPassword(token, password), NewAccount.class);
        assertThat(account.username()).isEqualTo(email);
        passwords.put(email, password);
        var signedIn = signIn(email);
        assertThat(signedIn.status()).as("%s signs in: %s", email, signedIn.body()).isEqualTo(200);
        var reused = api.send("POST", "/api/invitation", null, new NewPassword(token, password + " again"));
        assertThat(reused.status()).as("an invitation works once").isEqualTo(404);
    }

    private PortalHttp.Answer signIn(String email) {
        var answer = api.send("POST", "/login", null, new Credentials(email, passwords.get(email)));
        if (answer.status() == 200) {
            tokens.put(email, api.read(answer, Argument.of(AccessToken.class)).accessToken());
        }
        return answer;
    }

    private Me me(String email) {
        return api.get(tokens.get(email), "/api/me", Me.class);
    }

    private ProviderOrganisation register(String name, String cqcId, String address, String postcode, String contact) {
        ProviderOrganisation provider = api.post(tokens.get(ADMIN), "/api/provider-organisations",
                new ProviderRegistrationForm(name, Regulator.CQC, cqcId, null, null, address, postcode, contact), ProviderOrganisation.class);
        assertThat(provider.regulatorProviderId()).isEqualTo(cqcId);
        return provider;
    }

    private Offer offerOf(String staff, CarePackage published) {
        return api.get(tokens.get(staff), "/api/offers", Argument.listOf(Offer.class)).stream()
                .filter(o -> o.packageId().equals(published.id())).findFirst()
                .orElseThrow(() -> new AssertionError(staff + " holds an offer of the package"));
    }

    /** The Monday at least a week after the portal's today. */
    private LocalDate startDate() {
        return today.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    private static String tokenOf(String link) {
        String query = URI.create(link).getRawQuery();
        assertThat(query).startsWith("token=");
        return URLDecoder.decode(query.substring("token=".length()), StandardCharsets.UTF_8);
    }

    /** The link in the next e-mail to the address not read yet, waiting up to 30 seconds for it. */
    private String mailedLink(String email) {
        int read = mailsRead.getOrDefault(email, 0);
        for (int attempt = 0; attempt < 300; attempt++) {
            List<MimeMessage> mails = mailsTo(email);
            if (mails.size() > read) {
                mailsRead.put(email, read + 1);
                String text = textOf(mails.get(read));
                Matcher link = LINK.matcher(text);
                assertThat(link.find()).as("the e-mail to %s has a link: %s", email, text).isTrue();
                return link.group(1);
            }
            installation.mail.waitForIncomingEmail(100, installation.mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail reached " + email + " within 30 seconds");
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(installation.mail.getReceivedMessages()).filter(m -> addressedTo(m, email)).toList();
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().toLowerCase().contains(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(MimeMessage message) {
        try {
            return textOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Object content) throws IOException, MessagingException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    text.append(textOf(part.getContent())).append('\n');
                }
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    interface Racer {
        int run(int index) throws Exception;
    }

    /** Runs {@code count} calls released at the same instant; each one's HTTP status. */
    private static List<Integer> race(int count, Racer racer) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return racer.run(index);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        return statuses;
    }
}
