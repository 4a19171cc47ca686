package uk.homecare.portal.ui.grids;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A grid's columns, added through this instead of the grid, that fold on a phone: when the browser window is
 * narrower than {@link #NARROW_BELOW} pixels the columns hide and one column shows each row as a card, every
 * column's header above its value, text wrapped. Wider again, the columns come back. Headers are read from the
 * columns when a card is drawn, so set them on the returned columns as usual.
 */
public final class FoldingColumns<T> implements Serializable {

    /** Lumo's "small" breakpoint: below it a screen is a phone's. */
    public static final int NARROW_BELOW = 640;

    private final Grid<T> grid;
    private final List<Folded<T>> columns = new ArrayList<>();
    private Grid.@Nullable Column<T> cards;
    private boolean folded;

    private FoldingColumns(Grid<T> grid) {
        this.grid = grid;
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
            Registration resizing = ui.getPage().addBrowserWindowResizeListener(resize -> fit(resize.getWidth()));
            grid.addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
    }

    /** The folding columns of {@code grid}: add its columns through these, and they fold into cards on a phone. */
    @SuppressWarnings("unchecked")
    public static <T> FoldingColumns<T> of(Grid<T> grid) {
        FoldingColumns<T> columns = (FoldingColumns<T>) ComponentUtil.getData(grid, FoldingColumns.class);
        if (columns == null) {
            columns = new FoldingColumns<>(grid);
            ComponentUtil.setData(grid, FoldingColumns.class, columns);
        }
        return columns;
    }

    /** Like {@link Grid#addColumn(ValueProvider)}; in a card the value shows as text. */
    public Grid.Column<T> addColumn(ValueProvider<T, ?> value) {
        Grid.Column<T> column = grid.addColumn(value);
        columns.add(new Folded<>(column, item -> {
            String text = Objects.toString(value.apply(item), "");
            return text.isBlank() ? null : new Span(text);
        }));
        return column;
    }

    /** Like {@link Grid#addComponentColumn(ValueProvider)}; a card shows the component made a second time. */
    public <V extends Component> Grid.Column<T> addComponentColumn(ValueProvider<T, V> component) {
        Grid.Column<T> column = grid.addComponentColumn(component);
        columns.add(new Folded<>(column, component::apply));
        return column;
    }

    /** Whether the columns are folded into cards now (the window is a phone's). */
    public boolean folded() {
        return folded;
    }

    /** Folds the columns into cards when {@code windowWidth} is a phone's; unfolds them otherwise. */
    public void fit(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_BELOW;
        if (narrow == folded) {
            return;
        }
        folded = narrow;
        if (narrow && cards == null) {
            // Headed by what each card holds, so the column has a name a screen reader can say.
            String holds = columns.stream().map(each -> each.column().getHeaderText())
                    .filter(header -> header != null && !header.isBlank()).collect(Collectors.joining(", "));
            cards = grid.addColumn(new ComponentRenderer<>(this::card)).setKey("folded-cards").setFlexGrow(1).setHeader(holds);
        }
        columns.forEach(each -> each.column().setVisible(!narrow));
        Objects.requireNonNull(cards).setVisible(narrow);
        if (narrow) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        } else {
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
    }

    /** One row as a card: each column's header, then its value. */
    Component card(T item) {
        var card = new Div();
        for (Folded<T> each : columns) {
            Component value = each.value().apply(item);
            if (value == null) {
                continue; // a header with nothing after it says nothing
            }
            var line = new Div();
            String header = each.column().getHeaderText();
            if (header != null && !header.isBlank()) {
                var name = new Span(header);
                name.addClassNames(FontWeight.SEMIBOLD);
                line.add(name, new Span(": "));
            }
            line.add(value);
            card.add(line);
        }
        return card;
    }

    private record Folded<T>(Grid.Column<T> column, SerializableFunction<T, @Nullable Component> value) implements Serializable {}
}
