package uk.homecare.portal.ui.forms;

import com.vaadin.flow.component.Component;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * Names on an action button the API action it performs ({@code data-action}, e.g.
 * {@code OfferAction.ACCEPT} or {@code Capability.DRAFT_PACKAGE}) and the record it acts on
 * ({@code data-record}), so a test can hold every button the UI offers to what the API lists.
 */
public final class ActionMark {

    public static final String ACTION = "data-action";
    public static final String RECORD = "data-record";

    private ActionMark() {}

    public static <C extends Component> C mark(C component, Enum<?> action, @Nullable UUID record) {
        component.getElement().setAttribute(ACTION, action.getDeclaringClass().getSimpleName() + "." + action.name());
        if (record == null) {
            component.getElement().removeAttribute(RECORD);
        } else {
            component.getElement().setAttribute(RECORD, record.toString());
        }
        return component;
    }

    public static <C extends Component> C mark(C component, Enum<?> capability) {
        return mark(component, capability, null);
    }
}
