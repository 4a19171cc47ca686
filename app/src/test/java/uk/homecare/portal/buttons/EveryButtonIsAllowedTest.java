package uk.homecare.portal.buttons;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Route;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.api.organisation.CouncilProviders;
import uk.homecare.portal.api.organisation.NhsPartners;
import uk.homecare.portal.api.organisation.PartnerAction;
import uk.homecare.portal.api.organisation.ProviderAction;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.BookingStatus;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.account.AccountList;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.messaging.PackageQueries;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryAction;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.buttons.OfferedButtons.Offered;
import uk.homecare.portal.demo.DemoData;
import uk.homecare.portal.demo.DemoLogin;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.ui.brokerage.CarePackagesView;
import uk.homecare.portal.ui.brokerage.OfferView;
import uk.homecare.portal.ui.brokerage.PackageView;
import uk.homecare.portal.ui.hoursbank.MyHoursView;
import uk.homecare.portal.ui.security.AccessRules;

/**
 * The walls defend themselves: signed in as every demo person (each role of each demo council), the UI
 * is opened at every view the role may open and every record those views lead to, and every enabled
 * action button it shows must be an action the API lists for that record, or a capability it lists for
 * that person; every other enabled button must be one known to change nothing. A sample of the action
 * buttons is then pressed, and the API takes each.
 */
@MicronautTest(transactional = false)
class EveryButtonIsAllowedTest extends PortalTest {

    private static final String PERSON = "person@bridgend.demo";
    private static final String PROVIDER = "provider@bridgend.demo";

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @Test
    void every_enabled_action_button_shown_to_any_demo_person_is_one_the_api_lists_for_them() {
        bookASessionForLaterToday();
        List<String> unlisted = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        Map<Role, Set<String>> seen = new EnumMap<>(Role.class);
        try (var ui = new MockUi(context)) {
            for (DemoLogin login : DemoData.logins()) {
                Role role = Role.valueOf(login.role());
                ui.signInAs(login.username());
                for (String location : locations(login.username(), role)) {
                    ui.navigate(location);
                    List<OfferedButtons> screens = screens(location);
                    screens.forEach(screen -> screen.unnamed().forEach(button -> unnamed.add(login.username() + " at " + button)));
                    for (Offered offered : screens.stream().flatMap(screen -> screen.actions().stream()).toList()) {
                        seen.computeIfAbsent(role, r -> new TreeSet<>()).add(offered.action());
                        if (!listed(login.username(), role, offered)) {
                            unlisted.add(login.username() + " at " + offered.where() + ": " + offered.action() + " " + offered.record());
                        }
                    }
                }
            }
        }

        assertThat(unlisted).as("buttons the API does not list").isEmpty();
        assertThat(unnamed).as("enabled buttons that name no API action").isEmpty();
        assertThat(seen.get(Role.COMMISSIONER)).contains("Capability.DRAFT_PACKAGE", "Capability.EDIT_REFERENCE_DATA",
                "Capability.EDIT_CHC_SETTINGS", "Capability.CREATE_HOURS_PLAN", "PackageAction.AWARD", "PackageAction.REVIEW");
        assertThat(seen.get(Role.ADMIN)).contains("Capability.CHECK_LEDGER", "Capability.EDIT_COUNCIL_SETTINGS")
                .noneMatch(action -> action.startsWith("PackageAction.") || action.equals("Capability.DRAFT_PACKAGE")
                        || action.equals("Capability.EDIT_BROKERAGE_POLICY")
                        || action.equals("Capability.EDIT_REFERENCE_DATA") || action.equals("Capability.EDIT_MARKET_BANDS"));
        assertThat(seen.get(Role.PROVIDER)).contains("OfferAction.ACCEPT", "OfferAction.DECLINE", "PackageAction.HAND_BACK",
                "BookingAction.RECORD_DELIVERY", "Capability.REPORT_CAPACITY");
        assertThat(seen.get(Role.SERVICE_USER)).contains("BalanceAction.BOOK", "BookingAction.CHANGE", "BookingAction.CANCEL",
                "ConsentAction.REVOKE");
        assertThat(seen.get(Role.COMMISSIONER)).contains("PlanAction.END");
        assertThat(seen.get(Role.CARER)).contains("BalanceAction.BOOK", "BookingAction.CHANGE", "BookingAction.CANCEL");
    }

    @Test
    void a_sample_of_the_buttons_offered_when_pressed_is_taken_by_the_api() {
        try (var ui = new MockUi(context)) {
            String provider = "provider@coventry.demo";
            ui.signInAs(provider);
            Offer pending = list(provider, "/api/offers", Offer.class).stream()
                    .filter(o -> o.actions().contains(OfferAction.ACCEPT)).findFirst().orElseThrow();
            ui.navigate("offers/" + pending.id());
            _setValue(_get(DatePicker.class, spec -> spec.withId("offer-accept-start")), clock.today().plusDays(7));
            _click(_get(Button.class, spec -> spec.withId("offer-accept-submit")));
            assertThat(one(provider, "/api/offers/" + pending.id(), Offer.class).response()).isIn(OfferResponse.ACCEPTED, OfferResponse.WON);

            String commissioner = "commissioner@coventry.demo";
            ui.signInAs(commissioner);
            CarePackage withBids = list(commissioner, "/api/packages", CarePackage.class).stream()
                    .filter(p -> p.actions().contains(PackageAction.AWARD)).findFirst().orElseThrow();
            ui.navigate("packages/" + withBids.id());
            _click((Button) _getCellComponent(_get(Grid.class, spec -> spec.withId("bids-grid")), 0, "award"));
            _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("award-dialog")));
            assertThat(one(commissioner, "/api/packages/" + withBids.id(), CarePackage.class).status()).isEqualTo(PackageStatus.AWARDED);

            ui.signInAs(PERSON);
            UUID person = personOf(PERSON);
            Booking cancellable = sessionsOf(PERSON, person).stream()
                    .filter(b -> b.actions().contains(BookingAction.CANCEL)).findFirst().orElseThrow();
            ui.navigate("hours");
            _click(_get(Button.class, spec -> spec.withId("booking-" + cancellable.id() + "-cancel")));
            _fireConfirm(_get(ConfirmDialog.class));
            assertThat(sessionsOf(PERSON, person)).filteredOn(b -> b.id().equals(cancellable.id())).singleElement()
                    .extracting(Booking::status).isEqualTo(BookingStatus.CANCELLED);
        }
    }

    /** Every place the role may go: each view without parameters, each record the views list, each person's hours. */
    private List<String> locations(String user, Role role) {
        List<String> locations = new ArrayList<>();
        for (Class<?> view : MockUi.routes().getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            if (route != null && !route.value().contains(":") && !route.value().equals("login")
                    && AccessRules.allows(view, Optional.of(role))) {
                locations.add(route.value());
            }
        }
        if (AccessRules.allows(PackageView.class, Optional.of(role))) {
            list(user, "/api/packages", CarePackage.class).forEach(p -> locations.add("packages/" + p.id()));
        }
        if (AccessRules.allows(OfferView.class, Optional.of(role))) {
            list(user, "/api/offers", Offer.class).forEach(o -> locations.add("offers/" + o.id()));
        }
        if (AccessRules.allows(MyHoursView.class, Optional.of(role))) {
            if (role == Role.SERVICE_USER || role == Role.CARER) {
                list(user, "/api/hours-bank/people", NamedRef.class).forEach(p -> locations.add("hours?person=" + p.id()));
            } else { // council staff find people in the register; those with a plan have hours to show
                list(user, "/api/hours-plans", HoursPlan.class).forEach(p -> locations.add("hours?person=" + p.person().id()));
            }
        }
        return locations;
    }

    /** What the screen at {@code location} offers; on the provider's care packages, with each package opened in turn. */
    @SuppressWarnings("unchecked")
    private static List<OfferedButtons> screens(String location) {
        List<OfferedButtons> offered = new ArrayList<>(List.of(OfferedButtons.onScreen(location)));
        if (location.equals(CarePackagesView.class.getAnnotation(Route.class).value())) {
            Grid<CarePackage> grid = _get(Grid.class, spec -> spec.withId("care-packages-grid"));
            for (CarePackage p : grid.getGenericDataView().getItems().toList()) {
                grid.select(p);
                offered.add(OfferedButtons.onScreen(location + " " + p.reference()));
            }
        }
        return offered;
    }

    private boolean listed(String user, Role role, Offered offered) {
        UUID record = offered.record() == null ? null : UUID.fromString(offered.record());
        return switch (offered.kind()) {
            case "Capability" -> one(user, "/api/me", Me.class).capabilities().stream().anyMatch(c -> c.name().equals(offered.name()));
            case "PackageAction" -> carePackage(user, role, record).actions().stream().anyMatch(a -> a.name().equals(offered.name()));
            case "OfferAction" -> one(user, "/api/offers/" + record, Offer.class).actions().stream().anyMatch(a -> a.name().equals(offered.name()));
            case "BookingAction" -> session(user, role, record).actions().stream().anyMatch(a -> a.name().equals(offered.name()));
            case "AccountAction" -> one(user, "/api/accounts", AccountList.class).accounts().stream()
                    .anyMatch(a -> a.id().equals(record) && a.actions().stream().anyMatch(x -> x.name().equals(offered.name())));
            case "InvitationAction" -> one(user, "/api/accounts", AccountList.class).invitations().stream()
                    .anyMatch(i -> i.id().equals(record) && i.actions().stream().anyMatch(x -> x.name().equals(offered.name())));
            case "BalanceAction" -> one(user, "/api/people/" + record + "/hours-bank", HoursBalance.class).actions().stream()
                    .anyMatch(a -> a.name().equals(offered.name()));
            case "ProviderAction" -> providerActions(user, role, record).stream().anyMatch(a -> a.name().equals(offered.name()));
            case "PartnerAction" -> partnerActions(user, record).stream().anyMatch(a -> a.name().equals(offered.name()));
            case "ConsentAction" -> consent(user, role, record).actions().stream().anyMatch(a -> a.name().equals(offered.name()));
            case "QueryAction" -> queryActions(user, offered.name(), record).stream().anyMatch(a -> a.name().equals(offered.name()));
            case "StandingAction" -> list(user, "/api/provider-standings", ProviderStanding.class).stream()
                    .filter(s -> s.provider().id().equals(record)).findFirst().orElseThrow().actions().stream()
                    .anyMatch(a -> a.name().equals(offered.name()));
            case "PlanAction" -> list(user, "/api/hours-plans", HoursPlan.class).stream().filter(p -> p.id().equals(record)).findFirst()
                    .orElseThrow().actions().stream().anyMatch(a -> a.name().equals(offered.name()));
            default -> false;
        };
    }

    /** Starting a query is listed on the package's queries (the record is the package); replying and closing on the query. */
    private List<QueryAction> queryActions(String user, String action, UUID record) {
        return QueryAction.START.name().equals(action)
                ? one(user, "/api/care-packages/" + record + "/queries", PackageQueries.class).actions()
                : one(user, "/api/queries/" + record, PackageQuery.class).query().actions();
    }

    /** A council administrator's registered provider, or a provider administrator's own organisation. */
    private List<ProviderAction> providerActions(String user, Role role, UUID id) {
        if (role == Role.PROVIDER_ADMIN) {
            ProviderOrganisation own = one(user, "/api/my-organisation", ProviderOrganisation.class);
            return own.id().equals(id) ? own.actions() : List.of();
        }
        return one(user, "/api/provider-organisations", CouncilProviders.class).providers().stream()
                .filter(p -> p.id().equals(id)).findFirst().map(ProviderOrganisation::actions).orElse(List.of());
    }

    /** An NHS partner's actions, or one of its clients'. */
    private List<PartnerAction> partnerActions(String user, UUID id) {
        NhsPartners partners = one(user, "/api/nhs-partners", NhsPartners.class);
        return partners.partners().stream()
                .flatMap(p -> Stream.concat(Stream.of(Map.entry(p.id(), p.actions())),
                        p.clients().stream().map(c -> Map.entry(c.id(), c.actions()))))
                .filter(entry -> entry.getKey().equals(id)).findFirst().map(Map.Entry::getValue).orElse(List.of());
    }

    private CarePackage carePackage(String user, Role role, UUID id) {
        if (role == Role.PROVIDER) {
            return list(user, "/api/care-packages", CarePackage.class).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        }
        return one(user, "/api/packages/" + id, CarePackage.class);
    }

    /** A consent as the caller sees it: the person's and the carer's own, or the person's consents for their council. */
    private Consent consent(String user, Role role, UUID id) {
        List<Consent> consents = role == Role.SERVICE_USER || role == Role.CARER
                ? list(user, "/api/me/consents", Consent.class)
                : list(user, "/api/people/" + id("select person_id from carer_consent where id = ?", id) + "/consents", Consent.class);
        return consents.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private Booking session(String user, Role role, UUID id) {
        LocalDate today = clock.today();
        Stream<Booking> sessions = role == Role.PROVIDER
                ? list(user, "/api/deliveries?from=" + today.minusWeeks(4) + "&to=" + today.plusWeeks(8), Booking.class).stream()
                : list(user, "/api/hours-bank/people", NamedRef.class).stream().flatMap(p -> sessionsOf(user, p.id()).stream());
        return sessions.filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    /** A session later today, so the demo provider has one to record as delivered. */
    private void bookASessionForLaterToday() {
        api().retrieve(api().as(PERSON, POST("/api/people/" + personOf(PERSON) + "/bookings",
                new BookingForm(clock.today(), LocalTime.of(15, 0), 60))), Booking.class);
        assertThat(list(PROVIDER, "/api/deliveries", Booking.class)).anyMatch(b -> b.actions().contains(BookingAction.RECORD_DELIVERY));
    }

    private UUID personOf(String username) {
        return id("select person_id from app_user where username = ?", username);
    }

    private List<Booking> sessionsOf(String user, UUID person) {
        return list(user, "/api/people/" + person + "/bookings", Booking.class);
    }

    private <T> T one(String user, String path, Class<T> type) {
        return api().retrieve(api().as(user, GET(path)), type);
    }

    private <T> List<T> list(String user, String path, Class<T> type) {
        return api().retrieve(api().as(user, GET(path)), Argument.listOf(type));
    }
}
