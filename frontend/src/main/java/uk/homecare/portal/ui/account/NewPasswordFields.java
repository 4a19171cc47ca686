package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import java.util.Optional;

/**
 * A new password typed twice. Only the two not matching is checked here; the API decides the rest (length, the
 * list of common passwords) and its message shows next to the password.
 */
final class NewPasswordFields extends Composite<FormLayout> {

    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();

    NewPasswordFields(String idPrefix) {
        password.setLabel(getTranslation("password.new"));
        password.setId(idPrefix + "-password");
        password.setHelperText(getTranslation("password.help"));
        password.setMaxLength(256);
        password.setRequired(true);
        confirm.setLabel(getTranslation("password.confirm"));
        confirm.setId(idPrefix + "-confirm");
        confirm.setMaxLength(256);
        confirm.setRequired(true);
        getContent().add(password, confirm);
    }

    /** The password, once typed the same twice; otherwise the error is shown next to the field at fault. */
    Optional<String> value() {
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (password.getValue().isEmpty()) {
            password.setErrorMessage(getTranslation("password.required"));
            password.setInvalid(true);
            return Optional.empty();
        }
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("password.mismatch"));
            confirm.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(password.getValue());
    }

    Map<String, PasswordField> byApiField() {
        return Map.of("password", password);
    }
}
