package uk.homecare.portal.buttons;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.homecare.portal.ui.forms.ActionMark;

/**
 * Every enabled button the current screen shows, grid cells and dialogs included: those that name an
 * API action, and those that do not, which must be ones that change nothing through the API.
 */
final class OfferedButtons {

    /** A button as offered: the API action it names (none for the rest), the record it acts on (if one), and where. */
    record Offered(String action, String record, String where) {

        String kind() {
            return action.substring(0, action.indexOf('.'));
        }

        String name() {
            return action.substring(action.indexOf('.') + 1);
        }
    }

    /** Buttons that only move about, read again, download, or close a form: none calls an API action. */
    private static final Pattern CHANGES_NOTHING = Pattern.compile(
            "logout|.+-reload|.+-search|deliveries-show|statement-download(-pdf)?|booking-keep|.+-editor-cancel|contract-cancel"
                    // marking one's own notification read is open to every signed-in caller
                    + "|notification-.+-read"
                    // closing a success message only hides it
                    + "|success-message-dismiss"
                    // asking for a password reset link is open to anyone, signed in or not, and answers alike
                    + "|reset-send"
                    // adding or removing a row of a draft's week of visits only edits the form until it is saved
                    + "|package-schedule-(add|remove-\\d+)"
                    // downloading a compliance document, and adding an action to a monitoring visit not yet recorded
                    + "|compliance-(download|action-add)");

    private static final int ROWS_LOOKED_AT = 100;

    private final List<Offered> actions = new ArrayList<>();
    private final List<String> unnamed = new ArrayList<>();

    private OfferedButtons() {}

    static OfferedButtons onScreen(String where) {
        var found = new OfferedButtons();
        found.collect(UI.getCurrent(), where);
        return found;
    }

    List<Offered> actions() {
        return actions;
    }

    /** The enabled buttons that name no action and are not known to change nothing. */
    List<String> unnamed() {
        return unnamed;
    }

    private void collect(Component component, String where) {
        if (!component.isVisible()) {
            return;
        }
        if (component instanceof Button button && button.isEnabled()) {
            String id = button.getId().orElse("");
            if (button.getElement().hasAttribute(ActionMark.ACTION)) {
                actions.add(new Offered(button.getElement().getAttribute(ActionMark.ACTION),
                        button.getElement().getAttribute(ActionMark.RECORD), where + " " + (id.isEmpty() ? button.getText() : id)));
            } else if (!(button instanceof DrawerToggle) && !CHANGES_NOTHING.matcher(id).matches()) {
                unnamed.add(where + " " + (id.isEmpty() ? "'" + button.getText() + "'" : id));
            }
        }
        if (component instanceof Grid<?> grid) {
            cells(grid, where);
        }
        component.getChildren().forEach(child -> collect(child, where));
    }

    /** Components rendered in cells are not children of the grid: each visible component column's cells are looked at. */
    private void cells(Grid<?> grid, String where) {
        int rows = Math.min(_size(grid), ROWS_LOOKED_AT);
        for (Grid.Column<?> column : grid.getColumns()) {
            if (!column.isVisible() || !(column.getRenderer() instanceof ComponentRenderer<?, ?>)) {
                continue;
            }
            for (int row = 0; row < rows; row++) {
                collect(_getCellComponent(grid, row, column.getKey()), where + " " + grid.getId().orElse("grid") + "[" + row + "]");
            }
        }
    }
}
