package uk.homecare.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.Route;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.inject.BeanDefinition;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.ui.brokerage.BrokeragePolicyView;
import uk.homecare.portal.ui.brokerage.CarePackagesView;
import uk.homecare.portal.ui.brokerage.NotificationsView;
import uk.homecare.portal.ui.brokerage.OfferView;
import uk.homecare.portal.ui.brokerage.OffersView;
import uk.homecare.portal.ui.brokerage.PackageFormView;
import uk.homecare.portal.ui.brokerage.PackageView;
import uk.homecare.portal.ui.brokerage.PackagesBoardView;
import uk.homecare.portal.ui.capacity.CapacityMarketView;
import uk.homecare.portal.ui.capacity.CapacityView;
import uk.homecare.portal.ui.capacity.MarketHealthView;
import uk.homecare.portal.ui.chc.ChcView;
import uk.homecare.portal.ui.hoursbank.DeliveriesView;
import uk.homecare.portal.ui.hoursbank.HoursPlansView;
import uk.homecare.portal.ui.hoursbank.LedgerCheckView;
import uk.homecare.portal.ui.hoursbank.MyHoursView;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.layout.HomeView;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.layout.NotFoundView;
import uk.homecare.portal.ui.person.PeopleView;
import uk.homecare.portal.ui.person.PersonView;
import uk.homecare.portal.ui.reference.FrameworksView;
import uk.homecare.portal.ui.reference.RatesView;
import uk.homecare.portal.ui.reference.ZonesView;
import uk.homecare.portal.ui.security.LoginView;
import uk.homecare.portal.ui.testing.KaribuUi;

/** A route that is not a bean is silently missing from the running UI, so every one is checked. */
class RoutesAreBeansTest {

    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of("ui.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Set<Class<?>> viewsAndLayouts() {
        Set<Class<?>> classes = new HashSet<>();
        var routes = KaribuUi.routes();
        classes.addAll(routes.getRoutes());
        classes.addAll(routes.getErrorRoutes());
        for (Class<?> view : Set.copyOf(classes)) {
            Route route = view.getAnnotation(Route.class);
            if (route != null && route.layout() != null && !route.layout().equals(UI.class)) {
                classes.add(route.layout());
            }
            ParentLayout parent = view.getAnnotation(ParentLayout.class);
            if (parent != null) {
                classes.add(parent.value());
            }
        }
        return classes;
    }

    @Test
    void the_scan_finds_the_portals_views() {
        assertThat(viewsAndLayouts())
                .contains(
                        LoginView.class,
                        HomeView.class,
                        ZonesView.class,
                        FrameworksView.class,
                        RatesView.class,
                        PackagesBoardView.class,
                        PackageFormView.class,
                        PackageView.class,
                        BrokeragePolicyView.class,
                        ChcView.class,
                        OffersView.class,
                        OfferView.class,
                        CarePackagesView.class,
                        NotificationsView.class,
                        MyHoursView.class,
                        HoursPlansView.class,
                        DeliveriesView.class,
                        LedgerCheckView.class,
                        PeopleView.class,
                        PersonView.class,
                        CapacityView.class,
                        CapacityMarketView.class,
                        MarketHealthView.class,
                        AccessDeniedView.class,
                        NotFoundView.class,
                        MainLayout.class);
    }

    @Test
    void every_view_and_layout_is_a_prototype_bean() {
        for (Class<?> type : viewsAndLayouts()) {
            BeanDefinition<?> definition = context.findBeanDefinition(type)
                    .orElseThrow(() -> new AssertionError(type.getName() + " is not a bean; annotate it @Prototype"));
            assertThat(definition.hasDeclaredAnnotation(Prototype.class))
                    .as("%s must be @Prototype: each navigation needs a new instance", type.getName())
                    .isTrue();
            assertThat(Component.class).isAssignableFrom(type);
        }
    }
}
