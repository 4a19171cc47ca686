package uk.homecare.portal.ui.messaging;

import com.vaadin.flow.component.grid.Grid;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.ui.grids.FoldingColumns;

/** Queries in a table: the package, type, subject, who it is with, where it stands and when an answer is due. */
final class QueriesGrid {

    private QueriesGrid() {}

    static Grid<QuerySummary> of(String id, String labelKey, boolean withPackage) {
        Grid<QuerySummary> grid = new Grid<>();
        grid.setId(id);
        if (withPackage) {
            FoldingColumns.of(grid).addColumn(QuerySummary::packageReference).setHeader(grid.getTranslation("query.package")).setAutoWidth(true);
        }
        FoldingColumns.of(grid).addColumn(q -> QueryWords.type(grid, q)).setHeader(grid.getTranslation("query.type")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(QuerySummary::subject).setHeader(grid.getTranslation("query.subject")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(q -> q.provider().name()).setHeader(grid.getTranslation("query.provider"));
        FoldingColumns.of(grid).addColumn(q -> QueryWords.status(grid, q)).setHeader(grid.getTranslation("query.status")).setKey("status");
        FoldingColumns.of(grid).addColumn(q -> QueryWords.date(q.dueOn())).setHeader(grid.getTranslation("query.dueOn"));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", grid.getTranslation(labelKey));
        return grid;
    }
}
