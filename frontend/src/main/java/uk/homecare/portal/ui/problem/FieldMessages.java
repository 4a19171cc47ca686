package uk.homecare.portal.ui.problem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Every field that can turn red by itself says why, in the page's language: a number, date, time or e-mail field
 * that cannot read what was typed ("Enter a number, like 12.5", never "Fill this in."), or holds a value outside the
 * range or steps it was given (the field's own min and max, so the words follow whatever the field allows). Done for every
 * page once it has been built, and again by a view whose field changes its range or opens in a dialog ({@link #within}).
 */
@Singleton
public class FieldMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigated -> ui.beforeClientResponse(ui, context -> within(ui)));
        });
    }

    /** Gives every number, date, time and e-mail field in this component (itself included) its messages. */
    public static void within(Component root) {
        of(root);
        root.getChildren().forEach(FieldMessages::within);
    }

    /** Gives this field its messages, if it is a number, date, time or e-mail field; call again after changing its range. */
    public static void of(Component field) {
        switch (field) {
            case IntegerField whole -> whole.setI18n(new IntegerField.IntegerFieldI18n()
                    .setBadInputErrorMessage(field.getTranslation("field.whole.bad"))
                    .setRequiredErrorMessage(field.getTranslation("validation.required"))
                    .setMinErrorMessage(field.getTranslation("field.number.min", whole.getMin()))
                    .setMaxErrorMessage(field.getTranslation("field.number.max", whole.getMax()))
                    .setStepErrorMessage(whole.getStep() > 1 ? field.getTranslation("field.number.step", whole.getStep())
                            : field.getTranslation("field.whole.bad")));
            case BigDecimalField decimal -> decimal.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                    .setBadInputErrorMessage(field.getTranslation("field.number.bad"))
                    .setRequiredErrorMessage(field.getTranslation("validation.required")));
            case NumberField number -> number.setI18n(new NumberField.NumberFieldI18n()
                    .setBadInputErrorMessage(field.getTranslation("field.number.bad"))
                    .setRequiredErrorMessage(field.getTranslation("validation.required"))
                    .setMinErrorMessage(field.getTranslation("field.number.min", number.getMin()))
                    .setMaxErrorMessage(field.getTranslation("field.number.max", number.getMax())));
            case EmailField email -> email.setI18n(new EmailField.EmailFieldI18n()
                    .setPatternErrorMessage(field.getTranslation("field.email.bad"))
                    .setRequiredErrorMessage(field.getTranslation("validation.required"))
                    .setMaxLengthErrorMessage(field.getTranslation("field.email.bad")));
            case DatePicker date -> {
                DatePicker.DatePickerI18n i18n = date.getI18n() == null ? new DatePicker.DatePickerI18n() : date.getI18n();
                date.setI18n(i18n.setBadInputErrorMessage(field.getTranslation("field.date.bad"))
                        .setRequiredErrorMessage(field.getTranslation("validation.required"))
                        .setMinErrorMessage(unlessOwn(date, "min", i18n.getMinErrorMessage(), date.getMin() == null
                                ? field.getTranslation("field.date.bad") : field.getTranslation("field.date.min", day(field, date.getMin()))))
                        .setMaxErrorMessage(unlessOwn(date, "max", i18n.getMaxErrorMessage(), date.getMax() == null
                                ? field.getTranslation("field.date.bad") : field.getTranslation("field.date.max", day(field, date.getMax())))));
            }
            case TimePicker time -> {
                TimePicker.TimePickerI18n i18n = time.getI18n() == null ? new TimePicker.TimePickerI18n() : time.getI18n();
                time.setI18n(i18n.setBadInputErrorMessage(field.getTranslation("field.time.bad"))
                        .setRequiredErrorMessage(field.getTranslation("validation.required"))
                        .setMinErrorMessage(field.getTranslation("field.time.bad"))
                        .setMaxErrorMessage(field.getTranslation("field.time.bad")));
            }
            default -> { }
        }
    }

    private static String day(Component field, java.time.LocalDate date) {
        UI ui = field.getUI().orElse(UI.getCurrent());
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ui == null ? Locale.UK : ui.getLocale()).format(date);
    }

    /**
     * A view's own words for a limit (the 4-week window, the council's latest start) say more than ours: keep them.
     * Ours are told apart by being the ones last set here, so they follow the field's range when it changes.
     */
    private static String unlessOwn(Component field, String limit, String current, String ours) {
        String key = FieldMessages.class.getName() + "." + limit;
        if (current != null && !current.equals(ComponentUtil.getData(field, key))) {
            return current;
        }
        ComponentUtil.setData(field, key, ours);
        return ours;
    }
}
