package uk.homecare.portal.ui.council;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** The council's settings and audit trail in the side navigation, for whoever the API says may use them. */
@Singleton
class CouncilNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.councilSettings", CouncilSettingsView.class, VaadinIcon.COGS, 95, Capability.EDIT_COUNCIL_SETTINGS),
                new NavigationEntry("nav.audit", AuditView.class, VaadinIcon.RECORDS, 96, Capability.READ_AUDIT));
    }
}
