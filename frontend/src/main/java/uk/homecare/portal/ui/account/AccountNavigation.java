package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Accounts for administrators and councils for the platform administrator, in the side navigation. */
@Singleton
class AccountNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(new NavigationEntry("nav.accounts", AccountsView.class, VaadinIcon.USERS, 90, Capability.MANAGE_ACCOUNTS),
                new NavigationEntry("nav.councils", CouncilsView.class, VaadinIcon.INSTITUTION, 91, Capability.MANAGE_COUNCILS),
                new NavigationEntry("nav.twoStep", TwoStepView.class, VaadinIcon.KEY, 95, Capability.ENROL_MFA));
    }
}
