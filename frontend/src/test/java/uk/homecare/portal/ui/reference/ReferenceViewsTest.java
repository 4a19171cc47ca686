package uk.homecare.portal.ui.reference;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.FrameworkForm;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.api.reference.RateForm;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.ServiceType;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.ui.testing.KaribuUi;

class ReferenceViewsTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        ui.signInAs("cora");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    /** The first of April (when rates and frameworks usually start) of the test's year. */
    private LocalDate firstOfApril() {
        return ui.clock().today().withMonth(4).withDayOfMonth(1);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T byId(Class<? super T> type, String id) {
        return (T) _get((Class<Component>) type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static boolean shown(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static void click(String id) {
        _click(byId(Button.class, id));
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    @Test
    void a_commissioner_sees_the_councils_zones() {
        ui.navigate("zones");
        assertThat(_size(grid("zones-grid"))).isEqualTo(1);
    }

    @Test
    void a_new_zone_is_sent_as_the_commissioner_typed_it() {
        ui.navigate("zones");
        click("zone-new");
        _setValue(byId(TextField.class, "zone-code"), "CV-S");
        _setValue(byId(TextField.class, "zone-name"), "Coventry South");
        Select<ZoneKind> kind = byId(Select.class, "zone-kind");
        _setValue(kind, ZoneKind.RURAL);
        click("zone-editor-save");

        assertThat(ui.reference().lastForm).isEqualTo(new ZoneForm("CV-S", "Coventry South", ZoneKind.RURAL, null, null));
        assertThat(_size(grid("zones-grid"))).isEqualTo(2);
        assertThat(shown("zone-editor")).isFalse();
    }

    @Test
    void changing_a_zone_sends_its_version() {
        ui.navigate("zones");
        _clickItem(grid("zones-grid"), 0);
        _setValue(byId(DatePicker.class, "zone-retired-on"), firstOfApril().minusDays(1));
        click("zone-editor-save");
        assertThat(((ZoneForm) ui.reference().lastForm).version()).isEqualTo(3);
        assertThat(((ZoneForm) ui.reference().lastForm).retiredOn()).isEqualTo(firstOfApril().minusDays(1));
    }

    @Test
    void the_apis_validation_message_is_shown_on_the_field_it_is_about() {
        ui.navigate("zones");
        click("zone-new");
        _setValue(byId(TextField.class, "zone-code"), "CV S");
        _setValue(byId(TextField.class, "zone-name"), "Coventry South");
        _setValue(byId(Select.class, "zone-kind"), ZoneKind.URBAN);
        ui.reference().failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("code", "Use letters, digits and hyphens only"))));
        click("zone-editor-save");

        TextField code = byId(TextField.class, "zone-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Use letters, digits and hyphens only");
        assertThat(shown("zone-editor")).isTrue();
    }

    @Test
    void a_conflicting_change_asks_the_person_to_reload() {
        ui.navigate("zones");
        _clickItem(grid("zones-grid"), 0);
        // someone else changes the zone meanwhile: the fake, like the API, refuses the older version
        ui.reference().zones.replaceAll(z -> new Zone(z.id(), z.code(), z.name() + " (renamed)", z.kind(), z.retiredOn(), z.version() + 1));
        click("zone-editor-save");
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Someone else changed this; reload"));
    }

    @Test
    void an_administrator_may_look_at_zones_but_not_change_them() {
        ui.signInAs("adam");
        ui.navigate("zones");
        assertThat(shown("zone-new")).isFalse();
        _clickItem(grid("zones-grid"), 0);
        assertThat(shown("zone-editor-save")).isFalse();
        assertThat(byId(TextField.class, "zone-name").isReadOnly()).isTrue();
    }

    @Test
    void a_rate_typed_in_pounds_is_sent_in_pence() {
        ui.navigate("rates");
        click("rate-new");
        _setValue(byId(Select.class, "rate-service-type"), ServiceType.DOMICILIARY);
        _setValue(byId(BigDecimalField.class, "rate-hourly"), new BigDecimal("21.50"));
        _setValue(byId(BigDecimalField.class, "rate-floor"), new BigDecimal("19"));
        _setValue(byId(DatePicker.class, "rate-effective-from"), firstOfApril());
        click("rate-editor-save");

        assertThat(ui.reference().lastForm)
                .isEqualTo(new RateForm(ServiceType.DOMICILIARY, 2150, 1900, null, firstOfApril(), null));
        assertThat(_size(grid("rates-grid"))).isEqualTo(1);
    }

    @Test
    void a_fraction_of_a_penny_is_refused_before_it_is_sent() {
        ui.navigate("rates");
        click("rate-new");
        _setValue(byId(Select.class, "rate-service-type"), ServiceType.DOMICILIARY);
        _setValue(byId(BigDecimalField.class, "rate-hourly"), new BigDecimal("21.505"));
        _setValue(byId(DatePicker.class, "rate-effective-from"), firstOfApril());
        click("rate-editor-save");
        assertThat(ui.reference().lastForm).isNull();
        assertThat(byId(BigDecimalField.class, "rate-hourly").isInvalid()).isTrue();
    }

    @Test
    void a_pence_field_error_from_the_api_is_shown_on_the_pounds_field() {
        ui.navigate("rates");
        click("rate-new");
        _setValue(byId(Select.class, "rate-service-type"), ServiceType.CHC);
        _setValue(byId(BigDecimalField.class, "rate-hourly"), new BigDecimal("2000"));
        _setValue(byId(DatePicker.class, "rate-effective-from"), firstOfApril());
        ui.reference().failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("hourlyRatePence", "must be at most £1,000 an hour"))));
        click("rate-editor-save");
        assertThat(byId(BigDecimalField.class, "rate-hourly").getErrorMessage()).isEqualTo("must be at most £1,000 an hour");
    }

    @Test
    void a_new_framework_is_sent_with_its_terms() {
        ui.navigate("frameworks");
        click("framework-new");
        _setValue(byId(TextField.class, "framework-name"), "Home Support 2026");
        _setValue(byId(DatePicker.class, "framework-starts-on"), firstOfApril());
        _setValue(byId(IntegerField.class, "framework-initial-term"), 60);
        _setValue(byId(IntegerField.class, "framework-extension"), 24);
        click("framework-editor-save");
        assertThat(ui.reference().lastForm)
                .isEqualTo(new FrameworkForm("Home Support 2026", firstOfApril(), 60, 24, null));
    }

    private Framework aFramework() {
        var framework = new Framework(UUID.randomUUID(), "Home Support 2026", firstOfApril(), 60, 24,
                firstOfApril().plusYears(5), firstOfApril().plusYears(7), 0);
        ui.reference().frameworks.add(framework);
        return framework;
    }

    @Test
    void selecting_a_framework_shows_its_lots_and_a_new_lots_hours_are_sent_in_minutes() {
        aFramework();
        Zone zone = ui.reference().zones.get(0);
        ui.navigate("frameworks");
        _clickItem(grid("frameworks-grid"), 0);
        assertThat(shown("lots")).isTrue();

        click("lot-new");
        _setValue(byId(TextField.class, "lot-name"), "North older people");
        _setValue(byId(Select.class, "lot-kind"), LotKind.ZONE);
        _setValue(byId(ComboBox.class, "lot-zone"), zone);
        _setValue(byId(Select.class, "lot-service-category"), ServiceCategory.OLDER_PEOPLE);
        _setValue(byId(BigDecimalField.class, "lot-min-hours"), new BigDecimal("1200"));
        _setValue(byId(BigDecimalField.class, "lot-max-hours"), new BigDecimal("1500.5"));
        _setValue(byId(Checkbox.class, "lot-price-competition"), true);
        click("lot-editor-save");

        assertThat(ui.reference().lastForm).isEqualTo(new LotForm("North older people", LotKind.ZONE, zone.id(),
                ServiceCategory.OLDER_PEOPLE, 72_000, 90_030, true, null));
        assertThat(_size(grid("lots-grid"))).isEqualTo(1);
    }

    @Test
    void a_citywide_lot_names_no_zone() {
        aFramework();
        ui.navigate("frameworks");
        _clickItem(grid("frameworks-grid"), 0);
        click("lot-new");
        _setValue(byId(TextField.class, "lot-name"), "Citywide children");
        _setValue(byId(Select.class, "lot-kind"), LotKind.CITYWIDE);
        _setValue(byId(Select.class, "lot-service-category"), ServiceCategory.CHILDREN);
        assertThat(byId(ComboBox.class, "lot-zone").isEnabled()).isFalse();
        click("lot-editor-save");
        assertThat(((LotForm) ui.reference().lastForm).zoneId()).isNull();
    }

    @Test
    void a_provider_is_placed_on_a_lot_in_a_tier_and_removed_again() {
        Framework framework = aFramework();
        var lot = new Lot(UUID.randomUUID(), framework.id(), "Citywide", LotKind.CITYWIDE, null, null,
                ServiceCategory.GENERAL, null, null, false, List.of(), 0);
        ui.reference().lots.add(lot);
        Provider provider = ui.reference().providers.get(0);
        ui.navigate("frameworks");
        _clickItem(grid("frameworks-grid"), 0);
        _clickItem(grid("lots-grid"), 0);

        _setValue(byId(ComboBox.class, "lot-provider"), provider);
        _setValue(byId(Select.class, "lot-provider-tier"), LotTier.PRIMARY);
        click("lot-provider-add");

        assertThat(ui.reference().lastForm).isEqualTo(new LotProviderForm(provider.id(), LotTier.PRIMARY));
        Grid<Object> holders = grid("lot-providers-grid");
        assertThat(_size(holders)).isEqualTo(1);

        var remove = (Button) _getCellComponent(holders, 0, "actions");
        assertThat(remove.getText()).isEqualTo("Remove");
        _click(remove);
        assertThat(_size(grid("lot-providers-grid"))).isZero();
    }
}
