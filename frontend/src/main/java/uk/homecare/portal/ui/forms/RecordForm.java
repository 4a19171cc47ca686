package uk.homecare.portal.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import uk.homecare.portal.ui.problem.ErrorSummary;
import uk.homecare.portal.ui.problem.FieldMessages;

/**
 * A small form that sends one wire record: a heading, the fields bound by the record's component
 * names (so the API's field errors land on them), and one button. Invalid input stays on the fields.
 */
public final class RecordForm<R extends Record> extends VerticalLayout {

    private final Binder<R> binder;
    private final FormLayout fields = new FormLayout();
    private final Button submit;
    private final H3 heading;

    public RecordForm(String id, Class<R> type, String headingKey, String buttonKey, Consumer<R> sender) {
        this.binder = new Binder<>(type);
        setId(id);
        setPadding(false);
        submit = new Button(getTranslation(buttonKey), click -> {
            try {
                sender.accept(binder.writeRecord());
            } catch (ValidationException invalid) {
                // each invalid field shows its own message, and the summary at the top lists them
                ErrorSummary.showInvalid(binder);
            }
        });
        submit.setId(id + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        heading = new H3(getTranslation(headingKey));
        add(heading, fields, submit);
    }

    public Binder<R> binder() {
        return binder;
    }

    public RecordForm<R> with(Component... components) {
        fields.add(components);
        for (Component component : components) {
            FieldMessages.within(component);
        }
        return this;
    }

    public Button button() {
        return submit;
    }

    /** Retitles the form, e.g. when it edits one record rather than making a new one. */
    public void setHeading(String text) {
        heading.setText(text);
    }
}
