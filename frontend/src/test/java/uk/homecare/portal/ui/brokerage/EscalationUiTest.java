package uk.homecare.portal.ui.brokerage;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.allText;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Duty;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** The urgency on the draft form, the emergency marker heading the board, and going on and off duty for emergencies. */
@Tag("calendar")
class EscalationUiTest {

    private KaribuUi ui;
    private MovableClock clock;
    private FakeBrokerageClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        api = ui.brokerage();
        ui.signInAs("cora");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private void fillInThePackageForm() {
        Zone zone = ui.reference().zones.get(0);
        LocalDate startedOn = clock.today().minusMonths(8);
        var framework = new Framework(java.util.UUID.randomUUID(), "Home Support", startedOn, 60, 24,
                startedOn.plusMonths(60), startedOn.plusMonths(84), 0);
        ui.reference().frameworks.add(framework);
        var lot = new Lot(FakeBrokerageClient.LOT.id(), framework.id(), "North older people", LotKind.ZONE, zone.id(),
                zone.name(), ServiceCategory.OLDER_PEOPLE, null, null, false, List.of(), 0);
        ui.reference().lots.add(lot);
        ui.navigate("packages/new");
        _setValue(byId(ComboBox.class, "package-zone"), zone);
        _setValue(byId(ComboBox.class, "package-lot"), lot);
        _setValue(byId(Select.class, "package-funding"), Funding.NHS_CHC);
        _setValue(byId(BigDecimalField.class, "package-weekly-hours"), new BigDecimal("10.5"));
        _setValue(byId(IntegerField.class, "package-visits-per-day"), 3);
        _setValue(byId(IntegerField.class, "package-visit-minutes"), 30);
        _setValue(byId(CheckboxGroup.class, "package-times-of-day"), Set.of(TimeOfDay.TEATIME, TimeOfDay.MORNING));
        _setValue(byId(DatePicker.class, "package-start-date"), clock.monday().plusWeeks(1));
        _setValue(byId(TextArea.class, "package-needs"), "Help with washing and meals");
        _setValue(byId(TextField.class, "person-given-name"), "Winifred");
        _setValue(byId(TextField.class, "person-family-name"), "Oakenshaw");
        _setValue(byId(DatePicker.class, "person-date-of-birth"), LocalDate.of(1938, 5, 17));
        _setValue(byId(TextField.class, "person-address"), "12 Jubilee Crescent");
        _setValue(byId(TextField.class, "person-postcode"), "CV6 2FL");
    }

    @Test
    void a_draft_is_routine_unless_the_commissioner_chooses_another_urgency_which_is_sent_with_it() {
        fillInThePackageForm();
        Select<Urgency> urgency = byId(Select.class, "package-urgency");
        assertThat(urgency.getValue()).isEqualTo(Urgency.ROUTINE);
        assertThat(urgency.getLabel()).isEqualTo("Urgency");
        _setValue(urgency, Urgency.FAST_TRACK_CHC);

        click("package-save");

        assertThat(((PackageForm) api.lastForm).urgency()).isEqualTo(Urgency.FAST_TRACK_CHC);
        assertThat(api.packages.getFirst().urgency()).isEqualTo(Urgency.FAST_TRACK_CHC);
    }

    @Test
    void a_routine_draft_sends_no_urgency_which_the_api_takes_as_routine() {
        fillInThePackageForm();
        click("package-save");
        assertThat(((PackageForm) api.lastForm).urgency()).isNull();
    }

    @Test
    void an_emergency_heads_the_board_marked_as_one_with_its_urgency() {
        var unallocated = api.aPackage("PKG-1", PackageStatus.UNALLOCATED, clock.instant().minus(Duration.ofHours(30)));
        var emergency = api.aPackage("PKG-2", PackageStatus.PRIMARY, clock.instant().minus(Duration.ofHours(50)))
                .withEscalation(Urgency.URGENT, clock.instant().minus(Duration.ofHours(2)), null);
        var routine = api.aPackage("PKG-3", PackageStatus.OPEN, clock.instant().minus(Duration.ofHours(60)));
        api.packages.addAll(List.of(unallocated, emergency, routine));

        ui.navigate("packages");

        Grid<CarePackage> board = grid("packages-grid");
        assertThat(List.of(0, 1, 2)).extracting(row -> _get(board, row).reference()).containsExactly("PKG-2", "PKG-1", "PKG-3");
        var marker = (Span) _getCellComponent(board, 0, "status");
        assertThat(uk.homecare.portal.ui.testing.Screen.textOf(marker)).contains("Emergency").contains("Offered to primary");
        assertThat(((Span) marker.getChildren().findFirst().orElseThrow()).getElement().getThemeList()).contains("error", "primary");
        assertThat(uk.homecare.portal.ui.testing.Screen.rows(board)).contains("Urgent").contains("Routine");
        var plain = (Span) _getCellComponent(board, 1, "status");
        assertThat(plain.getText()).isEqualTo("Unallocated");
    }

    @Test
    void an_emergency_package_says_since_when_and_a_waiting_one_when_it_becomes_one() {
        var emergency = api.aPackage("PKG-2", PackageStatus.OPEN, clock.instant().minus(Duration.ofHours(50)))
                .withEscalation(Urgency.URGENT, clock.instant().minus(Duration.ofHours(2)), null);
        var waiting = api.aPackage("PKG-3", PackageStatus.PRIMARY, clock.instant().minus(Duration.ofHours(1)))
                .withEscalation(Urgency.ROUTINE, null, clock.instant().plus(Duration.ofDays(13)));
        api.packages.addAll(List.of(emergency, waiting));

        ui.navigate("packages/" + emergency.id());
        assertThat(allText()).contains("Emergency since").contains("Urgent");
        ui.navigate("packages/" + waiting.id());
        assertThat(allText()).contains("Becomes an emergency").doesNotContain("Emergency since");
    }

    @Test
    void a_commissioner_goes_on_duty_for_emergencies_and_off_again() {
        ui.navigate("packages");
        assertThat(byId(Span.class, "duty-status").getText()).isEqualTo("Nobody is on duty for emergencies, so every commissioner is told of them.");
        Button toggle = byId(Button.class, "duty-toggle");
        assertThat(toggle.getText()).isEqualTo("Go on duty");

        click("duty-toggle");

        assertThat(api.duty.onDuty()).isTrue();
        assertThat(byId(Span.class, "duty-status").getText()).isEqualTo("You are on duty for emergencies. On duty now: You.");
        assertThat(toggle.getText()).isEqualTo("Go off duty");

        click("duty-toggle");
        assertThat(api.duty.onDuty()).isFalse();
        assertThat(toggle.getText()).isEqualTo("Go on duty");
    }

    @Test
    void others_on_duty_are_named() {
        api.duty = new Duty(false, null, List.of("Dee Commissioner"));
        ui.navigate("packages");
        assertThat(byId(Span.class, "duty-status").getText()).isEqualTo("You are not on duty for emergencies. On duty now: Dee Commissioner.");
    }
}
