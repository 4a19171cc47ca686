package uk.homecare.portal.ui.compliance;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Compliance (the provider's own documents) and Provider compliance (a commissioner's checks) in the side navigation. */
@Singleton
class ComplianceNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.providerCompliance", ProviderChecksView.class, VaadinIcon.CLIPBOARD_CHECK, 50,
                        Capability.CHECK_COMPLIANCE),
                new NavigationEntry("nav.compliance", ComplianceView.class, VaadinIcon.CLIPBOARD_CHECK, 59,
                        Capability.KEEP_COMPLIANCE_DOCUMENTS));
    }
}
