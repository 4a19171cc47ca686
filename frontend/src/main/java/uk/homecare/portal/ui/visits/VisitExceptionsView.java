package uk.homecare.portal.ui.visits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.ui.client.VisitClient;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.ApiCaller;

/** The council's missed and late visits of a day (yesterday unless changed): package, provider, planned and actual, why. */
@Prototype
@RolesAllowed("COMMISSIONER")
@Route(value = "visit-exceptions", layout = MainLayout.class)
public class VisitExceptionsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient VisitClient client;
    private final transient ApiCaller api;
    private final DatePicker day = new DatePicker();
    private final Grid<Visit> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    VisitExceptionsView(VisitClient client, ApiCaller api, Clock clock) {
        this.client = client;
        this.api = api;
        setId("visit-exceptions");
        day.setId("visit-exceptions-date");
        day.setLabel(getTranslation("visitExceptions.date"));
        day.setValue(UkTime.today(clock).minusDays(1));
        var show = new Button(getTranslation("visitExceptions.show"), VaadinIcon.REFRESH.create(), click -> refresh());
        show.setId("visit-exceptions-reload");
        var bar = new HorizontalLayout(day, show);
        bar.setWrap(true);
        bar.setAlignItems(Alignment.BASELINE);

        grid.setId("visit-exceptions-grid");
        FoldingColumns.of(grid).addColumn(Visit::packageReference).setHeader(getTranslation("visits.package")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(Visit::providerName).setHeader(getTranslation("visitExceptions.provider")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(v -> VisitWords.planned(v)).setHeader(getTranslation("visitExceptions.planned"));
        FoldingColumns.of(grid).addColumn(v -> VisitWords.actual(this, v)).setHeader(getTranslation("visitExceptions.actual"));
        FoldingColumns.of(grid).addColumn(v -> v.missed() ? getTranslation("visitExceptions.missed")
                : getTranslation("visitExceptions.late", v.minutesLate())).setHeader(getTranslation("visitExceptions.what"));
        FoldingColumns.of(grid).addColumn(v -> VisitWords.reason(this, v)).setHeader(getTranslation("visits.varianceReason")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("visitExceptions.title"));
        count.setId("visit-exceptions-count");
        count.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("visitExceptions.title")), new Paragraph(getTranslation("visitExceptions.intro")), bar, count, grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        api.fetch(auth -> client.listVisitExceptions(auth, day.getValue())).ifPresent(this::show);
    }

    private void show(List<Visit> visits) {
        grid.setItems(visits);
        count.setText(getTranslation("visitExceptions.count", visits.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visitExceptions.title");
    }
}
