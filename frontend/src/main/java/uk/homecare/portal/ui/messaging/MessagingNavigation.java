package uk.homecare.portal.ui.messaging;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Package messages in the side navigation: the Queries page, for commissioners and providers (its view's roles). */
@Singleton
class MessagingNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("nav.queries", QueriesView.class, VaadinIcon.CHAT, 59, Capability.SEND_PACKAGE_MESSAGES));
    }
}
