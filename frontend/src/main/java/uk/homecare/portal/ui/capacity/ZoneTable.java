package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.homecare.portal.api.capacity.ZoneMarket;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * Each zone this week in hours a week: capacity reported (daytime, out of hours), who reports it and
 * with what staff, demand (waiting, starting within 4 weeks) and the gap. A zone short of capacity has
 * its gap in a red badge that says so in words.
 */
final class ZoneTable extends Composite<Grid<ZoneMarket>> {

    ZoneTable() {
        Grid<ZoneMarket> grid = getContent();
        grid.setId("market-zones");
        FoldingColumns.of(grid).addColumn(z -> z.zone().name()).setHeader(getTranslation("market.zone")).setAutoWidth(true).setFrozen(true);
        FoldingColumns.of(grid).addColumn(z -> Figures.hours(this, z.reportedDaytimeMinutes())).setHeader(getTranslation("market.daytime"));
        FoldingColumns.of(grid).addColumn(z -> Figures.hours(this, z.reportedOutOfHoursMinutes())).setHeader(getTranslation("market.outOfHours"));
        FoldingColumns.of(grid).addColumn(ZoneMarket::providersReporting).setHeader(getTranslation("market.providersReporting"));
        FoldingColumns.of(grid).addColumn(ZoneMarket::doubleHandedProviders).setHeader(getTranslation("market.doubleHandedProviders"));
        FoldingColumns.of(grid).addColumn(ZoneMarket::staff).setHeader(getTranslation("market.staff"));
        FoldingColumns.of(grid).addColumn(ZoneMarket::nonDrivingStaff).setHeader(getTranslation("market.nonDrivingStaff"));
        FoldingColumns.of(grid).addColumn(z -> Figures.hours(this, z.waitingMinutes())).setHeader(getTranslation("market.waiting"));
        FoldingColumns.of(grid).addColumn(z -> Figures.hours(this, z.startingWithinFourWeeksMinutes())).setHeader(getTranslation("market.starting"));
        FoldingColumns.of(grid).addComponentColumn(this::gap).setHeader(getTranslation("market.gap")).setKey("gap").setAutoWidth(true);
        grid.setPartNameGenerator(z -> z.gapMinutes() > 0 ? "gap" : null);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("market.zones.title"));
    }

    private Span gap(ZoneMarket zone) {
        return zone.gapMinutes() > 0
                ? Figures.badge(getTranslation("market.gap.short", Figures.hours(this, zone.gapMinutes())), "error primary")
                : Figures.badge(getTranslation("market.gap.none"), "success");
    }

    void show(List<ZoneMarket> items) {
        getContent().setItems(items);
    }
}
