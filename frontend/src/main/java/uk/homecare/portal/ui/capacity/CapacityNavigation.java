package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Capacity, the market, the key performance indicators and equality monitoring in the side navigation; each view's roles decide who sees its entry. */
@Singleton
class CapacityNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.market", CapacityMarketView.class, VaadinIcon.BAR_CHART, 47),
                new NavigationEntry("nav.marketHealth", MarketHealthView.class, VaadinIcon.SPLINE_CHART, 48),
                new NavigationEntry("nav.kpis", KpisView.class, VaadinIcon.TABLE, 51, Capability.READ_KPIS),
                new NavigationEntry("nav.equality", EqualityView.class, VaadinIcon.SCALE, 54, Capability.READ_EQUALITY_REPORT),
                new NavigationEntry("nav.capacity", CapacityView.class, VaadinIcon.USERS, 52));
    }
}
