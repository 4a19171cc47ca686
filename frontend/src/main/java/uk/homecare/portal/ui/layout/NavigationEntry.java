package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.micronaut.core.annotation.Nullable;
import uk.homecare.portal.api.identity.Capability;

/**
 * One item of the side navigation: the bundle key of its label, the view it opens, where it sits, and
 * the capability (as {@code /api/me} lists it) without which the view offers nothing to do.
 */
public record NavigationEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order,
        @Nullable Capability needs) {

    public NavigationEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order) {
        this(labelKey, view, icon, order, null);
    }
}
