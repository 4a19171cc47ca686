package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import uk.homecare.portal.ui.grids.FoldingColumns;

/** The KPI page's tables: each a grid of rows of text, its first column the row's name, folding on a phone. */
final class KpiTables {

    /** One row of a table: its cells, the first naming the row. */
    record Row(List<String> cells) {

        static Row of(String... cells) {
            return new Row(List.of(cells));
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private KpiTables() {}

    static Grid<Row> grid(Component view, String id, String label, List<String> headers) {
        Grid<Row> grid = new Grid<>();
        grid.setId(id);
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            var added = FoldingColumns.of(grid).addColumn(row -> row.cell(column)).setHeader(headers.get(i)).setKey("c" + i);
            if (i == 0) {
                added.setAutoWidth(true).setFlexGrow(1);
            }
        }
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", label);
        return grid;
    }
}
