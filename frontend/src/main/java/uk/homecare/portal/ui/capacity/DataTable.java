package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.html.NativeTable;
import java.util.List;

/**
 * A plain HTML table with a caption, column headers and each row headed by its first cell: the form
 * in which a screen reader reads a chart's numbers best.
 */
final class DataTable extends NativeTable {

    DataTable(String id, String caption, List<String> headers, List<List<String>> rows) {
        setId(id);
        setCaptionText(caption);
        var head = getHead().addRow();
        headers.forEach(header -> head.addHeaderCell().getElement().setText(header).setAttribute("scope", "col"));
        var body = getBody();
        for (List<String> row : rows) {
            var line = body.addRow();
            line.addHeaderCell().getElement().setText(row.get(0)).setAttribute("scope", "row");
            row.subList(1, row.size()).forEach(cell -> line.addDataCell().setText(cell));
        }
    }
}
