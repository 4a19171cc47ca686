package uk.homecare.portal.ui.quality;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** The quality pages in the side navigation: commissioners (suspensions), administrators (the minimum rating), the platform administrator (ratings imports). */
@Singleton
class QualityNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.quality", QualityView.class, VaadinIcon.CHECK_SQUARE_O, 46, Capability.SUSPEND_PROVIDERS),
                new NavigationEntry("nav.quality", QualityView.class, VaadinIcon.CHECK_SQUARE_O, 94, Capability.EDIT_PROVIDER_GATES),
                new NavigationEntry("nav.ratingsImport", RatingsImportView.class, VaadinIcon.UPLOAD, 97, Capability.IMPORT_RATINGS));
    }
}
