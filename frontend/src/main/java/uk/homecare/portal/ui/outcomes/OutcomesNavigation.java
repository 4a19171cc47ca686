package uk.homecare.portal.ui.outcomes;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Outcomes over time in the side navigation, after the KPIs; the view's roles decide who sees it. */
@Singleton
class OutcomesNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("nav.outcomes", OutcomesView.class, VaadinIcon.TRENDING_UP, 53, Capability.READ_KPIS));
    }
}
