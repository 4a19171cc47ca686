package uk.homecare.portal.ui.problem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.api.problem.Problem;

/**
 * The GOV.UK "error summary" at the top of a form that failed: "There is a problem", then one link per failing field
 * (its label and what is wrong) that moves focus to the field. It is an alert, and focus moves to it, so a screen
 * reader says it at once and a keyboard user starts from it. Errors no field shows are listed without a link. Shown
 * again it replaces itself; cleared when the form succeeds.
 */
public final class ErrorSummary extends Div implements Focusable<ErrorSummary> {

    /** One line of the summary: the field it is about (none: shown on no field), the words shown, and the API's error. */
    public record Entry(@Nullable HasValidation field, String message, Problem.FieldError error) {}

    private static final AtomicInteger IDS = new AtomicInteger();

    private final UnorderedList list = new UnorderedList();

    private ErrorSummary() {
        addClassName("error-summary");
        setId("error-summary-" + IDS.incrementAndGet());
        getElement().setAttribute("role", "alert");
        setTabIndex(-1);
        var heading = new H2(getTranslation("summary.heading"));
        heading.addClassName("error-summary-title");
        list.addClassName("error-summary-list");
        add(heading, list);
        getStyle().set("border", "4px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
    }

    /**
     * Shows the summary of these errors at the top of the form the fields are in, and moves focus to it; with no
     * errors, clears it. {@code fields} are all the form's fields, which say where the form is.
     */
    public static void show(Collection<? extends Component> fields, List<Entry> entries) {
        formOf(fields).ifPresent(form -> show(form, entries));
    }

    /** As {@link #show(Collection, List)}, at the top of this component (before it, if it is a form layout). */
    public static void show(Component form, List<Entry> entries) {
        clear(form);
        if (entries.isEmpty()) {
            return;
        }
        ErrorSummary summary = new ErrorSummary();
        entries.forEach(summary::line);
        Element place = form instanceof FormLayout && form.getParent().isPresent() ? form.getParent().get().getElement() : form.getElement();
        int index = place == form.getElement() ? 0 : place.indexOfChild(form.getElement());
        place.insertChild(index, summary.getElement());
        ComponentUtil.setData(form, ErrorSummary.class, summary);
        summary.focus();
    }

    /**
     * After a binder refused to write (a value it cannot take, or none where one is needed): the summary of what
     * each field now says, at the top of the binder's form. The fields already show their own messages.
     */
    public static void showInvalid(Binder<?> binder) {
        List<Component> fields = binder.getFields().filter(Component.class::isInstance).map(Component.class::cast).toList();
        List<Entry> entries = binder.validate().getFieldValidationErrors().stream()
                .filter(status -> status.getField() instanceof HasValidation)
                .map(status -> {
                    String message = status.getMessage().orElse("");
                    return new Entry((HasValidation) status.getField(), message, new Problem.FieldError("form", message));
                })
                .toList();
        show(fields, entries);
    }

    /** Removes the summary of the form the fields are in, if it shows one. */
    public static void clear(Collection<? extends Component> fields) {
        formOf(fields).ifPresent(ErrorSummary::clear);
    }

    public static void clear(Component form) {
        ErrorSummary shown = ComponentUtil.getData(form, ErrorSummary.class);
        if (shown != null) {
            shown.getElement().removeFromParent();
            ComponentUtil.setData(form, ErrorSummary.class, null);
        }
    }

    /** The summary this form shows now, if any. */
    public static Optional<ErrorSummary> of(Component form) {
        return Optional.ofNullable(ComponentUtil.getData(form, ErrorSummary.class));
    }

    private void line(Entry entry) {
        if (entry.field() instanceof Component field) {
            String id = field.getId().orElseGet(() -> {
                String made = getId().orElseThrow() + "-field-" + list.getChildren().count();
                field.setId(made);
                return made;
            });
            String label = field instanceof HasLabel labelled && labelled.getLabel() != null && !labelled.getLabel().isBlank()
                    ? getTranslation("summary.line", labelled.getLabel(), entry.message()) : entry.message();
            var link = new Anchor("#" + id, label);
            // Move focus to the field itself (its input), not just scroll the page to it, and stay on this page.
            link.getElement().executeJs("""
                    this.addEventListener('click', event => {
                      event.preventDefault();
                      const field = document.getElementById($0);
                      if (field) { field.scrollIntoView({block: 'center'}); field.focus(); }
                    });""", id);
            list.add(new ListItem(link));
        } else {
            list.add(new ListItem(new Span(entry.message())));
        }
    }

    /** The links of the summary: each field's id (as {@code #id}) with its words. */
    public List<Anchor> links() {
        List<Anchor> links = new ArrayList<>();
        list.getChildren().forEach(item -> item.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).forEach(links::add));
        return links;
    }

    /** The deepest component every field is inside: the form. */
    static Optional<Component> formOf(Collection<? extends Component> fields) {
        List<List<Component>> paths = fields.stream().map(ErrorSummary::ancestors).filter(path -> !path.isEmpty()).toList();
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        Component common = null;
        for (int depth = 0; ; depth++) {
            final int d = depth;
            if (paths.stream().anyMatch(path -> path.size() <= d)) {
                break;
            }
            Component candidate = paths.getFirst().get(d);
            if (paths.stream().allMatch(path -> Objects.equals(path.get(d), candidate))) {
                common = candidate;
            } else {
                break;
            }
        }
        return Optional.ofNullable(common).filter(form -> !(form instanceof com.vaadin.flow.component.UI));
    }

    /** The component's ancestors from the top down, not the component itself. */
    private static List<Component> ancestors(Component component) {
        List<Component> path = new ArrayList<>();
        Optional<Component> parent = component.getParent();
        while (parent.isPresent()) {
            path.addFirst(parent.get());
            parent = parent.get().getParent();
        }
        return path;
    }
}
