package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Brokerage in the side navigation; each view's roles decide who sees its entry. */
@Singleton
class BrokerageNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.packages", PackagesBoardView.class, VaadinIcon.CLIPBOARD_TEXT, 40),
                new NavigationEntry("nav.packageNew", PackageFormView.class, VaadinIcon.PLUS, 41, Capability.DRAFT_PACKAGE),
                new NavigationEntry("nav.brokeragePolicy", BrokeragePolicyView.class, VaadinIcon.COG, 45),
                new NavigationEntry("nav.offers", OffersView.class, VaadinIcon.INBOX, 50),
                new NavigationEntry("nav.carePackages", CarePackagesView.class, VaadinIcon.HEART, 55),
                new NavigationEntry("nav.notifications", NotificationsView.class, VaadinIcon.BELL, 90));
    }
}
