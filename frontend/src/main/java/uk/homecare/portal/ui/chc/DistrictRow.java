package uk.homecare.portal.ui.chc;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.ui.forms.ToId;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;

/**
 * One line of the map: a postcode district, the zone it places packages in, and a button to remove
 * the line that says which district it removes. Its binder names the fields as the wire record does,
 * so the API's errors on this line land on them.
 */
final class DistrictRow extends HorizontalLayout {

    private final Binder<PostcodeDistrictZone> binder = new Binder<>(PostcodeDistrictZone.class);
    private final TextField district = new TextField();
    private final Button remove;

    DistrictRow(String id, SerializableSupplier<List<Zone>> zones, boolean editable, Consumer<DistrictRow> onRemove) {
        setId(id);
        setAlignItems(Alignment.BASELINE);
        setWrap(true); // a zone's long name takes a line of its own on a phone
        district.setId(id + "-district");
        district.setLabel(getTranslation("chc.district"));
        district.setHelperText(getTranslation("chc.district.help"));
        district.setMaxLength(4);
        var zone = new Select<Zone>();
        zone.setId(id + "-zone");
        zone.setLabel(getTranslation("chc.district.zone"));
        zone.setMaxWidth("100%");
        zone.setItems(zones.get());
        zone.setItemLabelGenerator(z -> getTranslation("chc.zone.option", z.name(), z.code()));
        String required = getTranslation("validation.required");
        binder.forField(district)
                .asRequired(required)
                .withConverter(text -> text.trim().toUpperCase(Locale.ROOT), text -> text == null ? "" : text)
                .bind("district");
        binder.forField(zone).asRequired(required).withConverter(new ToId<>(Zone::id, zones::get)).bind("zoneId");
        binder.setReadOnly(!editable);

        remove = new Button(getTranslation("chc.district.remove"), VaadinIcon.TRASH.create(), click -> onRemove.accept(this));
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(editable);
        ActionMark.mark(remove, Capability.EDIT_CHC_SETTINGS);
        district.addValueChangeListener(event -> nameRemove());
        nameRemove();
        add(district, zone, remove);
    }

    private void nameRemove() {
        String text = district.getValue().trim();
        remove.setAriaLabel(text.isEmpty()
                ? getTranslation("chc.district.remove.blank")
                : getTranslation("chc.district.remove.named", text.toUpperCase(Locale.ROOT)));
    }

    void read(PostcodeDistrictZone line) {
        binder.readRecord(line);
    }

    /** The line as typed, or empty when a field is not filled in (each such field says so). */
    Optional<PostcodeDistrictZone> line() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    Binder<PostcodeDistrictZone> binder() {
        return binder;
    }

    void markDistrict(String message) {
        district.setErrorMessage(message);
        district.setInvalid(true);
    }

    void focus() {
        district.focus();
    }
}
