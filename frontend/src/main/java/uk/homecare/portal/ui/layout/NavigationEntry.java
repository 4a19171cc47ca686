package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One item of the side navigation: the bundle key of its label, the view it opens, and where it sits. */
public record NavigationEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order) {}
