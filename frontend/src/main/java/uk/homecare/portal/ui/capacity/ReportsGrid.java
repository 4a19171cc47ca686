package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The provider's latest report for each council and zone. A report older than 7 days is stale: a red
 * badge and words say so, and each report can be made again for this week from its row.
 */
final class ReportsGrid extends Composite<Grid<CapacityReport>> {

    private final transient Consumer<CapacityReport> reportAgain;

    ReportsGrid(Consumer<CapacityReport> reportAgain) {
        Grid<CapacityReport> grid = getContent();
        this.reportAgain = reportAgain;
        grid.setId("capacity-reports");
        FoldingColumns.of(grid).addColumn(r -> r.council().name()).setHeader(getTranslation("capacity.council")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(r -> r.zone().name()).setHeader(getTranslation("capacity.zone")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(r -> Figures.day(this, r.weekStarts())).setHeader(getTranslation("capacity.weekStarts"));
        FoldingColumns.of(grid).addColumn(r -> Figures.hours(this, r.daytimeMinutes())).setHeader(getTranslation("capacity.daytime.short"));
        FoldingColumns.of(grid).addColumn(r -> Figures.hours(this, r.outOfHoursMinutes())).setHeader(getTranslation("capacity.outOfHours.short"));
        FoldingColumns.of(grid).addColumn(r -> getTranslation(r.doubleHanded() ? "capacity.yes" : "capacity.no")).setHeader(getTranslation("capacity.doubleHanded.short"));
        FoldingColumns.of(grid).addColumn(CapacityReport::staff).setHeader(getTranslation("capacity.staff"));
        FoldingColumns.of(grid).addColumn(CapacityReport::nonDrivingStaff).setHeader(getTranslation("capacity.nonDrivingStaff.short"));
        FoldingColumns.of(grid).addColumn(r -> r.reportedAt() == null ? "" : Figures.day(this, r.reportedAt().atZone(UkTime.ZONE).toLocalDate()))
                .setHeader(getTranslation("capacity.reportedAt"));
        FoldingColumns.of(grid).addComponentColumn(this::freshness).setHeader(getTranslation("capacity.freshness")).setKey("freshness").setAutoWidth(true);
        FoldingColumns.of(grid).addComponentColumn(this::againButton).setHeader(getTranslation("capacity.actions")).setKey("again").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("capacity.reports.title"));
    }

    private Span freshness(CapacityReport report) {
        var cell = new Span();
        if (report.stale()) {
            cell.add(Figures.badge(getTranslation("capacity.stale"), "error primary"),
                    new Span(" " + getTranslation("capacity.stale.text")));
        } else {
            cell.add(Figures.badge(getTranslation("capacity.current"), "success"));
        }
        return cell;
    }

    private Button againButton(CapacityReport report) {
        var again = new Button(getTranslation("capacity.again"), click -> reportAgain.accept(report));
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        again.setAriaLabel(getTranslation("capacity.again.named", report.zone().name(), report.council().name()));
        return ActionMark.mark(again, Capability.REPORT_CAPACITY);
    }

    void show(List<CapacityReport> items) {
        getContent().setItems(items);
    }
}
