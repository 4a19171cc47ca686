package uk.homecare.portal.ui.testing;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/** Finding things on the mock screen: components by id, grids, notifications and rendered text. */
public final class Screen {

    private Screen() {}

    @SuppressWarnings("unchecked")
    public static <T extends Component> T byId(Class<? super T> type, String id) {
        return (T) _get((Class<Component>) type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    public static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    public static boolean shown(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    public static void click(String id) {
        _click(byId(Button.class, id));
    }

    public static List<String> notificationTexts() {
        // a notification is either a text, or components: a success message's text beside its Dismiss button
        return getNotifications().stream().map(n -> n.getElement().getProperty("text", "") + successText(n)).toList();
    }

    private static String successText(Component notification) {
        return descendants(notification)
                .filter(c -> c.getId().filter(id -> id.equals(uk.homecare.portal.ui.problem.Problems.SUCCESS_ID + "-text")).isPresent())
                .map(c -> c.getElement().getText()).findFirst().orElse("");
    }

    private static java.util.stream.Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child), descendants(child)));
    }

    /** Everything the current view renders as elements (grid cells are data, not elements: see {@link #rows}). */
    public static String allText() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return textOf((Component) chain.get(chain.size() - 1));
    }

    /** A grid's rows as the person sees them, one line a row. */
    public static String rows(Grid<?> grid) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < _size(grid); row++) {
            text.append(_getFormattedRow(grid, row)).append('\n');
        }
        return text.toString();
    }

    /** No missing translation anywhere in the UI (dialogs and grid rows included), and every input labelled. */
    public static void assertTranslatedAndLabelled() {
        StringBuilder rendered = new StringBuilder(String.join(" ",
                KaribuUi.texts(UI.getCurrent().getElement()).stream().filter(t -> t != null).toList()));
        _find(Grid.class).forEach(grid -> rendered.append(rows(grid)));
        assertThat(rendered.toString()).doesNotContain("!{");
        for (Component input : _find(Component.class, spec -> spec.withPredicate(c -> c instanceof HasValue<?, ?>))) {
            assertThat(input).as("%s is an input with a label", input.getId().orElse(input.toString())).isInstanceOf(HasLabel.class);
            assertThat(((HasLabel) input).getLabel()).as("label of %s", input.getId().orElse("")).isNotBlank();
        }
    }

    /** The text of a component and everything in it. */
    public static String textOf(Component component) {
        return String.join(" ", KaribuUi.texts(component.getElement()).stream().filter(t -> t != null).toList());
    }
}
