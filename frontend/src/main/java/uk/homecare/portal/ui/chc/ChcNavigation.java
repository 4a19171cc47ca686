package uk.homecare.portal.ui.chc;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** CHC settings in the side navigation, after the brokerage policy; the view's roles decide who sees it. */
@Singleton
class ChcNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("nav.chc", ChcView.class, VaadinIcon.HOSPITAL, 46));
    }
}
