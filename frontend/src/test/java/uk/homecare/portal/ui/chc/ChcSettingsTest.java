package uk.homecare.portal.ui.chc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.chc.ChcRequirement;
import uk.homecare.portal.api.chc.ChcSummary;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.FakeChcClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** The commissioner sets the CHC requirement and the postcode-district map; the administrator looks; nobody else. */
@Tag("calendar")
class ChcSettingsTest {

    private KaribuUi ui;
    private FakeChcClient api;
    private Zone north;
    private Zone south;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.chc();
        north = ui.reference().zones.get(0);
        south = new Zone(UUID.randomUUID(), "CV-S", "Coventry South", ZoneKind.URBAN, null, 0);
        ui.reference().zones.add(south);
        api.summary = new ChcSummary(270_000, 0, 0, 0, 0);
        api.districts.add(new PostcodeDistrictZone("CV1", north.id()));
        api.districts.add(new PostcodeDistrictZone("CV6", north.id()));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static TextField district(int line) {
        return byId(TextField.class, "chc-district-" + line + "-district");
    }

    private static Select<Zone> zone(int line) {
        return byId(Select.class, "chc-district-" + line + "-zone");
    }

    /** The API refuses the next change with a 400 naming {@code field}, as its validation does. */
    private void refuseNext(String field, String message) {
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError(field, message))));
    }

    private static List<String> navigation() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void theRequirementIsShownInHoursAndSentInMinutes() {
        ui.signInAs("cora");
        ui.navigate("chc");
        BigDecimalField hours = byId(BigDecimalField.class, "chc-requirement-hours");
        assertThat(hours.getValue()).isEqualByComparingTo("4500");

        _setValue(hours, new BigDecimal("4600.5"));
        click("chc-requirement-submit");

        assertThat(api.lastForm).isEqualTo(new ChcRequirement(276_030));
        assertThat(Screen.notificationTexts()).contains("CHC requirement saved: 4,600.5 hours a week.");
    }

    @Test
    void theRequirementIsSentInMinutes() {
        ui.signInAs("cora");
        ui.navigate("chc");
        _setValue(byId(BigDecimalField.class, "chc-requirement-hours"), new BigDecimal("1200"));
        click("chc-requirement-submit");
        assertThat(api.lastForm).isEqualTo(new ChcRequirement(72_000));
    }

    @Test
    void aNegativeOrMissingRequirementIsNotSent() {
        ui.signInAs("cora");
        ui.navigate("chc");
        BigDecimalField hours = byId(BigDecimalField.class, "chc-requirement-hours");
        _setValue(hours, new BigDecimal("-1"));
        click("chc-requirement-submit");
        assertThat(api.lastForm).isNull();
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Give the hours as a number, 0 or more.");

        _setValue(hours, null);
        click("chc-requirement-submit");
        assertThat(api.lastForm).isNull();
    }

    @Test
    void aServerErrorOnTheRequirementShowsOnItsField() {
        ui.signInAs("cora");
        ui.navigate("chc");
        refuseNext("weeklyMinutes", "must be less than or equal to 10000000");
        click("chc-requirement-submit");
        BigDecimalField hours = byId(BigDecimalField.class, "chc-requirement-hours");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("must be less than or equal to 10000000");
    }

    @Test
    void theMapIsListedWithTheCouncilsZones() {
        ui.signInAs("cora");
        ui.navigate("chc");
        assertThat(district(0).getValue()).isEqualTo("CV1");
        assertThat(zone(0).getValue()).isEqualTo(north);
        assertThat(district(1).getValue()).isEqualTo("CV6");
        assertThat(zone(1).getListDataView().getItems()).containsExactly(north, south);
        assertThat(zone(1).getItemLabelGenerator().apply(south)).isEqualTo("Coventry South (CV-S)");
        assertThat(byId(Button.class, "chc-district-1-remove").getAriaLabel()).contains("Remove postcode district CV6");
        assertThat(shown("chc-district-2")).isFalse();
    }

    @Test
    void aZoneRetiredByTodayInTheUkIsOfferedNoMoreUnlessALineIsMappedToIt() {
        MovableClock clock = ui.clock();
        // just after midnight in the UK on a summer's day, when it is still yesterday in UTC
        LocalDate today = clock.today().withMonth(7).withDayOfMonth(1);
        clock.set(today, LocalTime.of(0, 30));
        Zone retiredToday = aZone("CV-T", "Coventry Tile Hill", today);
        Zone retiringTomorrow = aZone("CV-W", "Coventry Whoberley", today.plusDays(1));
        Zone retiredButMapped = aZone("CV-E", "Coventry Earlsdon", today.minusDays(1));
        api.districts.add(new PostcodeDistrictZone("CV5", retiredButMapped.id()));
        ui.signInAs("cora");
        ui.navigate("chc");

        assertThat(zone(0).getListDataView().getItems())
                .containsExactly(north, south, retiringTomorrow, retiredButMapped)
                .doesNotContain(retiredToday);
    }

    private Zone aZone(String code, String name, LocalDate retiredOn) {
        var zone = new Zone(UUID.randomUUID(), code, name, ZoneKind.URBAN, retiredOn, 0);
        ui.reference().zones.add(zone);
        return zone;
    }

    @Test
    void thePostcodeMapIsSavedWhole() {
        ui.signInAs("cora");
        ui.navigate("chc");

        click("chc-district-0-remove");
        click("chc-district-add");
        _setValue(district(2), " cv5");
        _setValue(zone(2), south);
        _setValue(zone(1), south);
        click("chc-districts-save");

        assertThat(api.lastForm).isEqualTo(List.of(
                new PostcodeDistrictZone("CV6", south.id()),
                new PostcodeDistrictZone("CV5", south.id())));
        assertThat(api.districts).extracting(PostcodeDistrictZone::district).containsExactly("CV5", "CV6");
        assertThat(Screen.notificationTexts()).contains("2 postcode districts mapped.");
        assertThat(district(3).getValue()).as("the saved map is shown again, in the API's order").isEqualTo("CV5");
    }

    @Test
    void emptyingTheMapSendsAnEmptyMap() {
        ui.signInAs("cora");
        ui.navigate("chc");
        click("chc-district-0-remove");
        click("chc-district-1-remove");
        assertThat(shown("chc-districts-none")).isTrue();
        click("chc-districts-save");
        assertThat(api.lastForm).isEqualTo(List.of());
        assertThat(Screen.notificationTexts()).contains("The map is now empty.");
    }

    @Test
    void anIncompleteLineOrADistrictTwiceIsNotSent() {
        ui.signInAs("cora");
        ui.navigate("chc");
        click("chc-district-add");
        _setValue(district(2), "CV5");
        click("chc-districts-save");
        assertThat(api.lastForm).isNull();
        assertThat(zone(2).isInvalid()).isTrue();

        _setValue(zone(2), south);
        _setValue(district(2), "cv6");
        click("chc-districts-save");
        assertThat(api.lastForm).isNull();
        assertThat(district(2).isInvalid()).isTrue();
        assertThat(district(2).getErrorMessage()).isEqualTo("This district is in the list more than once.");
        assertThat(district(1).isInvalid()).isTrue();
        assertThat(district(0).isInvalid()).isFalse();
    }

    @Test
    void aServerErrorOnADistrictIsShown() {
        ui.signInAs("cora");
        ui.navigate("chc");
        refuseNext("map[1].district", "must be a postcode district such as CV5");
        click("chc-districts-save");

        assertThat(district(1).isInvalid()).isTrue();
        assertThat(district(1).getErrorMessage()).isEqualTo("must be a postcode district such as CV5");
        assertThat(district(0).isInvalid()).isFalse();
        assertThat(zone(1).isInvalid()).isFalse();
        assertThat(shown("chc-district-1")).as("what was typed stays").isTrue();
        assertThat(api.districts).hasSize(2);
    }

    @Test
    void aZoneTheCouncilDoesNotHaveIsReadOutAboveTheButtons() {
        ui.signInAs("cora");
        ui.navigate("chc");
        refuseNext("zoneId", "Map districts only to zones of your council.");
        click("chc-districts-save");

        Paragraph refusal = byId(Paragraph.class, "chc-districts-refusal");
        assertThat(refusal.getText()).isEqualTo("The map was not saved: Map districts only to zones of your council.");
        assertThat(refusal.getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void anAdministratorSeesTheSettingsWithoutChangingThem() {
        ui.signInAs("adam");
        ui.navigate("chc");
        expectView(ChcView.class);
        assertThat(shown("chc-read-only")).isTrue();
        assertThat(byId(BigDecimalField.class, "chc-requirement-hours").isReadOnly()).isTrue();
        assertThat(shown("chc-requirement-submit")).isFalse();
        assertThat(district(0).isReadOnly()).isTrue();
        assertThat(zone(0).isReadOnly()).isTrue();
        assertThat(shown("chc-district-0-remove")).isFalse();
        assertThat(shown("chc-district-add")).isFalse();
        assertThat(shown("chc-districts-save")).isFalse();
    }

    @Test
    void aProviderCannotOpenTheChcPage() {
        ui.signInAs("pete");
        ui.navigate("chc");
        expectView(AccessDeniedView.class);
        assertThat(api.lastAuthorization).as("nothing was read").isNull();
        assertThat(navigation()).doesNotContain("CHC");
    }

    @Test
    void theCommissionerAndTheAdministratorAreOfferedChc() {
        ui.signInAs("cora");
        assertThat(navigation()).contains("CHC");
        ui.signInAs("adam");
        assertThat(navigation()).contains("CHC");
    }
}
