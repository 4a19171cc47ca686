package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** The register, and a person's "people who can act for me", in the side navigation, for the roles each view allows. */
@Singleton
class PeopleNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("nav.people", PeopleView.class, VaadinIcon.GROUP, 42),
                new NavigationEntry("nav.myConsents", MyConsentsView.class, VaadinIcon.HANDSHAKE, 22));
    }
}
