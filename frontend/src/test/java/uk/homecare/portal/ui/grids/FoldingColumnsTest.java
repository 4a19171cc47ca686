package uk.homecare.portal.ui.grids;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A grid on a phone shows each row as a card with every column's header and value, and its columns again when wide. */
class FoldingColumnsTest {

    record Lot(String week, String left) {}

    private final Grid<Lot> grid = new Grid<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        FoldingColumns.of(grid).addColumn(Lot::week).setHeader("Week starting");
        FoldingColumns.of(grid).addComponentColumn(lot -> new Span(lot.left())).setHeader("Left");
        grid.setItems(new Lot("1 Dec 2026", "6 h (expires with the week of 8 Dec)"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_phone_sees_one_card_per_row_with_every_header_and_value_and_a_wide_screen_the_columns() {
        FoldingColumns<Lot> columns = FoldingColumns.of(grid);
        assertThat(columns.folded()).isFalse();
        assertThat(visibleHeaders()).containsExactly("Week starting", "Left");

        columns.fit(390);

        assertThat(columns.folded()).isTrue();
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList())
                .containsExactly("folded-cards");
        assertThat(grid.getColumnByKey("folded-cards").getHeaderText()).isEqualTo("Week starting, Left");
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(lines(columns.card(new Lot("1 Dec 2026", "6 h (expires with the week of 8 Dec)"))))
                .containsExactly("Week starting: 1 Dec 2026", "Left: 6 h (expires with the week of 8 Dec)");

        columns.fit(1280);

        assertThat(columns.folded()).isFalse();
        assertThat(visibleHeaders()).containsExactly("Week starting", "Left");
        assertThat(grid.getThemeNames()).doesNotContain(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void a_card_leaves_out_a_column_with_nothing_to_say() {
        assertThat(lines(FoldingColumns.of(grid).card(new Lot("", "2 h")))).containsExactly("Left: 2 h");
    }

    @Test
    void a_window_of_unknown_width_keeps_the_columns() {
        FoldingColumns.of(grid).fit(0);

        assertThat(visibleHeaders()).containsExactly("Week starting", "Left");
    }

    private List<String> visibleHeaders() {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText).toList();
    }

    private static List<String> lines(Component card) {
        return card.getChildren().map(line -> line.getElement().getTextRecursively()).toList();
    }
}
