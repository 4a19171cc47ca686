package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.reference.HoursToMinutes;

/**
 * The two fields of a weekly band (viability or contract), typed in hours and sent in minutes as
 * {@code minWeeklyMinutes} and {@code maxWeeklyMinutes}; the most may not be below the least. A band
 * that may be empty must be given both ends or neither.
 */
final class BandFields {

    private BandFields() {}

    static void add(RecordForm<?> form, String idPrefix, boolean required) {
        var min = new BigDecimalField(form.getTranslation("band.min"));
        min.setId(idPrefix + "-min");
        min.setHelperText(form.getTranslation("band.hours.help"));
        var max = new BigDecimalField(form.getTranslation("band.max"));
        max.setId(idPrefix + "-max");
        max.setHelperText(form.getTranslation("band.hours.help"));
        form.with(min, max);
        var binder = form.binder();
        String invalid = form.getTranslation("band.hours.invalid");
        String needed = form.getTranslation("validation.required");
        var least = required ? binder.forField(min).asRequired(needed) : binder.forField(min);
        least.withValidator(BandFields::notNegative, invalid).withConverter(new HoursToMinutes(invalid)).bind("minWeeklyMinutes");
        var most = required ? binder.forField(max).asRequired(needed) : binder.forField(max);
        most.withValidator(BandFields::notNegative, invalid)
                .withValidator(hours -> hours == null || min.getValue() == null || hours.compareTo(min.getValue()) >= 0,
                        form.getTranslation("band.order"))
                .withValidator(hours -> required || (hours == null) == (min.getValue() == null), form.getTranslation("band.both"))
                .withConverter(new HoursToMinutes(invalid))
                .bind("maxWeeklyMinutes");
        min.addValueChangeListener(event -> {
            if (max.getValue() != null) {
                binder.getBinding("maxWeeklyMinutes").ifPresent(Binder.Binding::validate);
            }
        });
    }

    private static boolean notNegative(BigDecimal hours) {
        return hours == null || hours.signum() >= 0;
    }
}
