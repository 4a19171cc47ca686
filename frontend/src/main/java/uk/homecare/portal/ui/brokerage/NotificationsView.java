package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * What happened that the person should know: unread ones in bold and marked new, each with a link
 * to its package (a provider's goes to its offers for that package) and a "Mark as read" button.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN", "PROVIDER"})
@Route(value = "notifications", layout = MainLayout.class)
public class NotificationsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final boolean provider;
    private final Grid<Notification> grid = new Grid<>();
    private final Span unread = new Span();

    NotificationsView(BrokerageClient client, ApiCaller api, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        this.provider = currentUser.may(Capability.ANSWER_OFFERS);
        setId("notifications");
        unread.setId("notifications-unread");
        unread.getElement().setAttribute("role", "status");

        grid.setId("notifications-grid");
        FoldingColumns.of(grid).addColumn(n -> Moments.dateTime(this, n.at())).setHeader(getTranslation("notification.at")).setAutoWidth(true);
        FoldingColumns.of(grid).addComponentColumn(this::text).setHeader(getTranslation("notification.text")).setKey("text").setFlexGrow(1);
        FoldingColumns.of(grid).addComponentColumn(this::link).setHeader(getTranslation("notification.link")).setKey("link");
        FoldingColumns.of(grid).addComponentColumn(this::markReadButton).setHeader(getTranslation("notification.actions")).setKey("actions");
        grid.getElement().setAttribute("aria-label", getTranslation("notifications.title"));

        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("notifications-reload");
        add(new H2(getTranslation("notifications.title")), unread, reload, grid);
    }

    private Component text(Notification notification) {
        var text = new Span(notification.text());
        if (!notification.read()) {
            text.getStyle().set("font-weight", "bold");
            var fresh = new Span(getTranslation("notification.new"));
            fresh.getElement().getThemeList().addAll(List.of("badge", "primary"));
            return new Span(fresh, new Span(" "), text);
        }
        return text;
    }

    private Component link(Notification notification) {
        if (notification.packageId() == null) {
            return new Span();
        }
        if (provider) {
            var link = new RouterLink(getTranslation("notification.openOffers"), OffersView.class);
            link.setQueryParameters(QueryParameters.of(OffersView.PACKAGE_PARAMETER, notification.packageId().toString()));
            return link;
        }
        return new RouterLink(getTranslation("notification.openPackage"), PackageView.class,
                RecordView.parameters(notification.packageId()));
    }

    private Component markReadButton(Notification notification) {
        if (notification.read()) {
            return new Span();
        }
        var mark = new Button(getTranslation("notification.markRead"), click -> markRead(notification));
        mark.setId("notification-" + notification.id() + "-read");
        mark.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        mark.setAriaLabel(getTranslation("notification.markRead.named", notification.text()));
        return mark;
    }

    private void markRead(Notification notification) {
        api.fetch(auth -> client.markNotificationRead(auth, notification.id())).ifPresent(done -> refresh());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        api.fetch(client::myNotifications).ifPresent(all -> {
            grid.setItems(all);
            unread.setText(getTranslation("notifications.unread", all.stream().filter(n -> !n.read()).count()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
