package uk.homecare.portal.ui.organisation;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** The organisations views in the side navigation, each for the role its view allows. */
@Singleton
class OrganisationNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.providers", ProvidersView.class, VaadinIcon.BUILDING, 60),
                new NavigationEntry("nav.ownOrganisation", OwnOrganisationView.class, VaadinIcon.BUILDING_O, 61),
                new NavigationEntry("nav.nhsPartners", NhsPartnersView.class, VaadinIcon.HOSPITAL, 62));
    }
}
