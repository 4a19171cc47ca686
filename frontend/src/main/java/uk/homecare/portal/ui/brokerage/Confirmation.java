package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an action that cannot be taken back, saying what will happen. Escape or "No, go back"
 * changes nothing and returns the focus to the button that asked; confirming takes the action and then
 * puts the focus where the result is shown.
 */
final class Confirmation {

    private Confirmation() {}

    static ConfirmDialog ask(Component view, String id, String header, String consequence, String confirmText,
            Focusable<?> askedBy, Runnable action) {
        var dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(consequence);
        dialog.setCancelable(true);
        dialog.setCancelText(view.getTranslation("confirm.back"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("primary");
        // Vaadin's default for the cancel button is blue on grey at 3.95:1, below the 4.5:1 that text needs.
        dialog.setCancelButtonTheme("contrast");
        dialog.addCancelListener(event -> askedBy.focus());
        dialog.addConfirmListener(event -> action.run());
        dialog.open();
        return dialog;
    }
}
