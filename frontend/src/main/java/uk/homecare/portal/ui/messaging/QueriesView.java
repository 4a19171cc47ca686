package uk.homecare.portal.ui.messaging;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import uk.homecare.portal.api.messaging.QueryStatus;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.ui.client.MessagingClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The queries of the signed-in person's side: a commissioner's council's, a provider's own (those about packages it
 * no longer holds too). Overdue first, then open, answered and closed; filtered by where they stand; one opened to
 * read, answer or close.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "PROVIDER"})
@Route(value = "queries", layout = MainLayout.class)
public class QueriesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient MessagingClient client;
    private final transient ApiCaller api;
    private final Select<QueryStatus> status = new Select<>();
    private final Grid<QuerySummary> grid = QueriesGrid.of("queries-grid", "queries.title", true);
    private final Paragraph none = new Paragraph();
    private final QueryThread thread;

    QueriesView(MessagingClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        setId("queries");
        status.setId("queries-status");
        status.setLabel(getTranslation("queries.filter"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("queries.filter.all"));
        status.setItems(QueryStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("queries.filter.all") : getTranslation("query.status." + s));
        status.addValueChangeListener(event -> refresh());
        none.setId("queries-none");
        none.setText(getTranslation("queries.none"));
        grid.asSingleSelect().addValueChangeListener(event -> open(event.getValue()));
        thread = new QueryThread(client, api, problems, changed -> refresh());
        add(new H2(getTranslation("queries.title")), new Paragraph(getTranslation("queries.intro")), status, none, grid, thread);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        QueryStatus filter = status.getValue();
        api.fetch(auth -> client.listQueries(auth, filter)).ifPresent(queries -> {
            grid.setItems(queries);
            grid.setVisible(!queries.isEmpty());
            none.setVisible(queries.isEmpty());
        });
    }

    private void open(QuerySummary query) {
        Optional.ofNullable(query).flatMap(q -> api.fetch(auth -> client.showQuery(auth, q.id()))).ifPresent(opened -> {
            thread.show(opened);
            thread.focus();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queries.title");
    }
}
