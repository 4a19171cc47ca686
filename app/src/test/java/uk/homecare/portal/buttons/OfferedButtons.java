package uk.homecare.portal.buttons;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.ui.forms.ActionMark;

/** Every enabled action button the current screen shows, grid cells and dialogs included. */
final class OfferedButtons {

    /** An action button as offered: the API action it names, the record it acts on (if one), and where. */
    record Offered(String action, String record, String where) {

        String kind() {
            return action.substring(0, action.indexOf('.'));
        }

        String name() {
            return action.substring(action.indexOf('.') + 1);
        }
    }

    private static final int ROWS_LOOKED_AT = 100;

    private OfferedButtons() {}

    static List<Offered> onScreen(String where) {
        List<Offered> found = new ArrayList<>();
        collect(UI.getCurrent(), where, found);
        return found;
    }

    private static void collect(Component component, String where, List<Offered> found) {
        if (!component.isVisible()) {
            return;
        }
        if (component instanceof Button button && button.isEnabled() && button.getElement().hasAttribute(ActionMark.ACTION)) {
            found.add(new Offered(button.getElement().getAttribute(ActionMark.ACTION), button.getElement().getAttribute(ActionMark.RECORD),
                    where + " " + button.getId().orElse(button.getText())));
        }
        if (component instanceof Grid<?> grid) {
            cells(grid, where, found);
        }
        component.getChildren().forEach(child -> collect(child, where, found));
    }

    /** Components rendered in cells are not children of the grid: each visible component column's cells are looked at. */
    private static void cells(Grid<?> grid, String where, List<Offered> found) {
        int rows = Math.min(_size(grid), ROWS_LOOKED_AT);
        for (Grid.Column<?> column : grid.getColumns()) {
            if (!column.isVisible() || !(column.getRenderer() instanceof ComponentRenderer<?, ?>)) {
                continue;
            }
            for (int row = 0; row < rows; row++) {
                collect(_getCellComponent(grid, row, column.getKey()), where + " " + grid.getId().orElse("grid") + "[" + row + "]", found);
            }
        }
    }
}
