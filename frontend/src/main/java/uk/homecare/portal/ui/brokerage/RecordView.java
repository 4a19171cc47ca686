package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.api.identity.Bearer;

/**
 * A view of one record whose id is in the address ({@code :id}): an address that names no id is
 * not found; the record is read after navigation and on Reload, and titles the page.
 */
abstract class RecordView<T> extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final transient ApiCaller api;
    private final String titleKey;
    private UUID id;
    private T current;

    RecordView(ApiCaller api, String titleKey) {
        this.api = api;
        this.titleKey = titleKey;
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    /** Reads the record as the signed-in person. */
    abstract T fetch(Bearer caller, UUID recordId);

    /** Shows the record as it now is. */
    abstract void show(T record);

    abstract String reference(T record);

    Button reloadButton(String buttonId) {
        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> load());
        reload.setId(buttonId);
        return reload;
    }

    /** Shows a record an action answered with. */
    final void display(T record) {
        current = record;
        show(record);
    }

    /** The record shown now. */
    final T current() {
        return current;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = idFrom(event).orElse(null);
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private static Optional<UUID> idFrom(BeforeEnterEvent event) {
        return event.getRouteParameters().get("id").flatMap(RecordView::uuid);
    }

    /** The id a route parameter names, if it is one. */
    static Optional<UUID> uuid(String parameter) {
        try {
            return Optional.of(UUID.fromString(parameter));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        load();
    }

    private void load() {
        UUID recordId = id;
        if (recordId != null) {
            api.fetch(auth -> fetch(auth, recordId)).ifPresent(this::display);
        }
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation(titleKey + ".none") : getTranslation(titleKey, reference(current));
    }
}
