package uk.homecare.portal.ui.reference;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Predicate;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.problem.ErrorSummary;

/**
 * A form for one record's draft: the fields, Save (Enter) and Cancel (Escape). Read-only for a
 * person who may only look. {@code saver} sends the draft and answers whether the API took it.
 */
final class Editor<D> extends VerticalLayout {

    private final Binder<D> binder;
    private final Predicate<D> saver;
    private final FormLayout fields = new FormLayout();
    private final H3 heading = new H3();
    private final Button save;
    private D draft;

    Editor(String id, Binder<D> binder, Predicate<D> saver, boolean editable) {
        this.binder = binder;
        this.saver = saver;
        setId(id);
        setPadding(false);
        save = new Button(getTranslation("action.save"), click -> save());
        save.setId(id + "-save");
        ActionMark.mark(save, Capability.EDIT_REFERENCE_DATA);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        var cancel = new Button(getTranslation(editable ? "action.cancel" : "action.close"), click -> close());
        cancel.setId(id + "-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        save.setVisible(editable);
        binder.setReadOnly(!editable);
        add(heading, fields, new HorizontalLayout(save, cancel));
        setVisible(false);
    }

    FormLayout fields() {
        return fields;
    }

    void edit(D draft, String title) {
        this.draft = draft;
        binder.readBean(draft);
        heading.setText(title);
        setVisible(true);
    }

    void close() {
        draft = null;
        setVisible(false);
    }

    boolean isEditing() {
        return draft != null;
    }

    private void save() {
        if (draft == null) {
            return;
        }
        if (!binder.writeBeanIfValid(draft)) {
            ErrorSummary.showInvalid(binder);
            return;
        }
        if (saver.test(draft)) {
            close();
        }
    }
}
