package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility.Whitespace;
import java.util.List;

/**
 * A chart in the page: the server-drawn SVG (titled with its summary, {@code role="img"}), and under it
 * "Show as a table", the same numbers in a table for whoever cannot see or read the picture.
 */
final class ChartFigure extends VerticalLayout {

    private final Div picture = new Div();
    private final DataTable table;

    ChartFigure(String svg, SvgCharts.Text text, List<String> headers, List<List<String>> rows) {
        setId(text.id() + "-figure");
        setPadding(false);
        setSpacing(false);
        picture.setId(text.id() + "-picture");
        picture.setWidthFull();
        picture.setMaxWidth(SvgCharts.WIDTH + "px");
        picture.getElement().setProperty("innerHTML", svg);
        table = new DataTable(text.id() + "-table", text.title(), headers, rows);
        // The summary wraps on a phone rather than running off the screen.
        var summary = new Span(getTranslation("chart.asTable", text.title()));
        summary.addClassNames(Whitespace.NORMAL);
        var details = new Details(summary, table);
        details.setId(text.id() + "-details");
        details.setWidthFull();
        add(picture, details);
    }

    String svg() {
        return picture.getElement().getProperty("innerHTML");
    }

    DataTable table() {
        return table;
    }
}
