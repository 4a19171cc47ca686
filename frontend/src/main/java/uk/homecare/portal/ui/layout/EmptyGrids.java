package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/**
 * Every grid of a view that has no words of its own for being empty says "Nothing to show here yet."
 * when it has no rows, rather than an empty box a screen reader announces as a table with no rows.
 */
final class EmptyGrids {

    private EmptyGrids() {
    }

    static void explain(Component view, String text) {
        if (view instanceof Grid<?> grid && grid.getEmptyStateText() == null && grid.getEmptyStateComponent() == null) {
            grid.setEmptyStateText(text);
        }
        view.getChildren().forEach(child -> explain(child, text));
    }
}
