package uk.homecare.portal.ui.layout;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Renders each view and looks for the marker a missing translation leaves. */
class RenderedViewsTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static void assertNoMissingTranslations() {
        assertThat(KaribuUi.texts(UI.getCurrent().getElement()))
                .as("rendered texts of %s", UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .noneMatch(text -> text != null && text.contains("!{"));
    }

    private static List<String> navigation() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void the_login_and_not_found_views_are_fully_translated() {
        ui.navigate("login");
        assertNoMissingTranslations();
        // UI.navigate leaves an unknown path to the client-side router; a request for it reaches the server router
        UI current = UI.getCurrent();
        current.getInternals().getRouter().navigate(current, new Location("no-such-page"), NavigationTrigger.PAGE_LOAD);
        expectView(NotFoundView.class);
        assertNoMissingTranslations();
    }

    @Test
    void every_view_a_commissioner_opens_is_fully_translated() {
        LocalDate startedOn = ui.clock().today().minusMonths(8);
        var framework = new Framework(UUID.randomUUID(), "Home Support", startedOn, 60, 24,
                startedOn.plusMonths(60), startedOn.plusMonths(84), 0);
        ui.reference().frameworks.add(framework);
        ui.reference().lots.add(new Lot(UUID.randomUUID(), framework.id(), "Citywide", LotKind.CITYWIDE, null, null,
                ServiceCategory.GENERAL, 60, 120, true, List.of(), 0));
        ui.signInAs("cora");
        for (String view : List.of("", "zones", "rates", "frameworks")) {
            ui.navigate(view);
            assertNoMissingTranslations();
        }
        _clickItem(_get(Grid.class, spec -> spec.withId("frameworks-grid")), 0);
        _clickItem(_get(Grid.class, spec -> spec.withId("lots-grid")), 0);
        assertNoMissingTranslations();
    }

    @Test
    void a_commissioner_is_offered_the_reference_and_brokerage_views() {
        ui.signInAs("cora");
        assertThat(navigation()).containsExactly("Home", "Zones", "Frameworks and lots", "Rates", "Care packages",
                "New package", "People", "Flexible-hours plans", "Bid scoring", "Brokerage policy", "CHC", "Provider quality", "Market", "Market health",
                "Payments", "Provider compliance", "Performance (KPIs)", "Outcomes", "Provider scorecards", "Equality monitoring",
                "Missed and late visits", "Queries", "Notifications", "Two-step verification");
    }

    @Test
    void a_provider_is_offered_only_what_they_may_open_and_sees_their_councils() {
        ui.signInAs("pete");
        assertThat(navigation()).containsExactly("Home", "Offers", "Capacity", "My packages", "Deliveries", "Visits", "Remittances",
                "Compliance", "Queries", "Scorecard", "Notifications", "Two-step verification");
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-organisation")).getText())
                .isEqualTo("Organisation: Caring Hands Ltd");
        assertThat(KaribuUi.texts(_get(HomeView.class).getElement()))
                .contains("Coventry City Council", "Warwickshire County Council");
        assertNoMissingTranslations();
    }

    @Test
    void people_receiving_care_and_carers_are_offered_their_hours_and_administrators_the_ledger_check() {
        ui.signInAs("sue");
        assertThat(navigation()).containsExactly("Home", "My hours", "People who can act for me");
        ui.signInAs("carl");
        assertThat(navigation()).containsExactly("Home", "My hours");
        ui.signInAs("adam");
        assertThat(navigation()).contains("Ledger check", "People").doesNotContain("My hours", "Flexible-hours plans");
    }

    @Test
    void a_carer_sees_the_people_they_act_for() {
        ui.signInAs("carl");
        assertThat(KaribuUi.texts(_get(HomeView.class).getElement())).contains("People you act for", "Mary Jones");
        ui.navigate("rates");
        expectView(AccessDeniedView.class);
        assertNoMissingTranslations();
    }
}
