package uk.homecare.portal.ui.payments;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Payments (the council's) and Remittances (the provider's) in the side navigation. */
@Singleton
class PaymentsNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.payments", PaymentsView.class, VaadinIcon.MONEY, 49, Capability.MANAGE_PAYMENTS),
                new NavigationEntry("nav.remittances", RemittancesView.class, VaadinIcon.MONEY, 58));
    }
}
