package uk.homecare.portal.ui.reference;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

@Singleton
class ReferenceNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.zones", ZonesView.class, VaadinIcon.MAP_MARKER, 10),
                new NavigationEntry("nav.frameworks", FrameworksView.class, VaadinIcon.FILE_TEXT_O, 20),
                new NavigationEntry("nav.rates", RatesView.class, VaadinIcon.MONEY, 30));
    }
}
