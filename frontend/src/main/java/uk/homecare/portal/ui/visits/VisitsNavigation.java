package uk.homecare.portal.ui.visits;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Visits in the side navigation: providers' Visits page, commissioners' missed and late visits. */
@Singleton
class VisitsNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.visits", VisitsView.class, VaadinIcon.CLOCK, 57, Capability.RECORD_VISITS),
                new NavigationEntry("nav.visitExceptions", VisitExceptionsView.class, VaadinIcon.EXCLAMATION_CIRCLE_O, 58,
                        Capability.READ_VISIT_EXCEPTIONS));
    }
}
