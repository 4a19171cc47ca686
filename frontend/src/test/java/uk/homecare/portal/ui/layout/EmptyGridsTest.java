package uk.homecare.portal.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.ui.testing.KaribuUi;

class EmptyGridsTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void a_grid_without_words_for_being_empty_says_there_is_nothing_yet_and_one_with_its_own_keeps_them() {
        var plain = new Grid<String>();
        var ownWords = new Grid<String>();
        ownWords.setEmptyStateText("No offers yet.");
        EmptyGrids.explain(new VerticalLayout(new VerticalLayout(plain), ownWords), "Nothing to show here yet.");

        assertThat(plain.getEmptyStateText()).isEqualTo("Nothing to show here yet.");
        assertThat(ownWords.getEmptyStateText()).isEqualTo("No offers yet.");
    }

    @Test
    void every_grid_of_a_view_in_the_layout_has_words_for_being_empty() {
        ui.signInAs("cora");
        ui.navigate("zones");

        assertThat(_find(Grid.class)).isNotEmpty().allSatisfy(grid -> assertThat(grid.getEmptyStateText()).isNotBlank());
    }
}
