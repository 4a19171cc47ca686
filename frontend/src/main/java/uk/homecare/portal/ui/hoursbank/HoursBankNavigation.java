package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * The hours bank in the side navigation; each view's roles decide who sees its entry. The council's
 * staff reach a person's hours from the plans and people pages, so "My hours" is not in their navigation.
 */
@Singleton
class HoursBankNavigation implements NavigationContributor {

    private final CurrentUser currentUser;

    HoursBankNavigation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<NavigationEntry> entries() {
        var plans = new NavigationEntry("nav.hoursPlans", HoursPlansView.class, VaadinIcon.CALENDAR_CLOCK, 43);
        var deliveries = new NavigationEntry("nav.deliveries", DeliveriesView.class, VaadinIcon.CALENDAR_USER, 56);
        var check = new NavigationEntry("nav.ledgerCheck", LedgerCheckView.class, VaadinIcon.SCALE, 70);
        if (currentUser.has(Role.COMMISSIONER) || currentUser.has(Role.ADMIN)) {
            return List.of(plans, deliveries, check);
        }
        return List.of(new NavigationEntry("nav.myHours", MyHoursView.class, VaadinIcon.CLOCK, 20), plans, deliveries, check);
    }
}
