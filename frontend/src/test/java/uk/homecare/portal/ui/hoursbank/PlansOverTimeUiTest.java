package uk.homecare.portal.ui.hoursbank;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.assertTranslatedAndLabelled;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.HoursChangeForm;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.PlanAction;
import uk.homecare.portal.api.hoursbank.PlanEndForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** A commissioner changes a plan's weekly hours from a Monday, in hours, and ends a plan, from the buttons the API lists. */
@Tag("calendar")
class PlansOverTimeUiTest {

    private KaribuUi ui;
    private MovableClock clock;
    private FakeHoursBankClient api;
    private HoursPlan plan;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        api = ui.hoursBank();
        var first = Balances.asOf(clock).plan(FakeIdentityClient.MARY);
        plan = new HoursPlan(first.id(), first.person(), first.provider(), first.council(), first.weeklyMinutes(), first.startsOn(),
                null, null, List.of(), List.of(PlanAction.CHANGE_HOURS, PlanAction.END));
        api.plans.add(plan);
        ui.signInAs("cora");
        ui.navigate("hours-plans");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private void press(PlanAction action) {
        Component cell = _getCellComponent(grid("hours-plans-grid"), 0, "actions");
        Button button = cell.getChildren().map(Button.class::cast)
                .filter(b -> b.getId().orElse("").startsWith("plan-" + action.name().toLowerCase().replace('_', '-')))
                .findFirst().orElseThrow();
        _click(button);
    }

    @Test
    void theNewWeeklyHoursAreTypedInHoursAndSentInMinutesFromAMonday() {
        LocalDate nextMonday = clock.monday().plusWeeks(1);
        press(PlanAction.CHANGE_HOURS);
        assertThat(byId(BigDecimalField.class, "plan-change-hours").getValue()).isEqualByComparingTo("10");

        _setValue(byId(DatePicker.class, "plan-change-from"), nextMonday);
        _setValue(byId(BigDecimalField.class, "plan-change-hours"), new BigDecimal("8"));
        click("plan-change-form-submit");

        assertThat(api.lastForm).isEqualTo(new HoursChangeForm(nextMonday, 480));
        assertThat(api.lastPlanId).isEqualTo(plan.id());
        assertThat(rows(grid("hours-plans-grid"))).contains("8 h");
        assertTranslatedAndLabelled();
    }

    @Test
    void hoursOverTheApisLimitAreRefusedByTheApiAndSaidInHoursNextToTheField() {
        press(PlanAction.CHANGE_HOURS);
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("urn:homecare-portal:problem:invalid-input", "Invalid input", 400, null,
                List.of(new Problem.FieldError("weeklyMinutes", "Must be at most 10080 minutes.", "max", 10_080L))));

        _setValue(byId(DatePicker.class, "plan-change-from"), clock.monday().plusWeeks(1));
        _setValue(byId(BigDecimalField.class, "plan-change-hours"), new BigDecimal("200"));
        click("plan-change-form-submit");

        BigDecimalField hours = byId(BigDecimalField.class, "plan-change-hours");
        assertThat(api.lastForm).as("the limit is the API's: the form sends it").isEqualTo(new HoursChangeForm(clock.monday().plusWeeks(1), 12_000));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Enter no more than 168 hours.");
    }

    @Test
    void aChangeTheApiRefusesShowsItsReasonOnTheMonday() {
        press(PlanAction.CHANGE_HOURS);
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("urn:homecare-portal:problem:invalid-input", "Invalid input", 400, null,
                List.of(new Problem.FieldError("fromMonday", "A change of hours starts on a Monday, when each week's hours are credited."))));

        _setValue(byId(DatePicker.class, "plan-change-from"), clock.monday().plusWeeks(1).plusDays(1));
        _setValue(byId(BigDecimalField.class, "plan-change-hours"), new BigDecimal("8"));
        click("plan-change-form-submit");

        DatePicker from = byId(DatePicker.class, "plan-change-from");
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).startsWith("A change of hours starts on a Monday");
        assertThat(api.plans.getFirst().changes()).isEmpty();
    }

    @Test
    void endingAPlanSendsItsLastDayAndTheEndedPlanOffersNothingMore() {
        LocalDate lastDay = clock.today().plusDays(3);
        press(PlanAction.END);

        _setValue(byId(DatePicker.class, "plan-end-last-day"), lastDay);
        click("plan-end-form-submit");

        assertThat(api.lastForm).isEqualTo(new PlanEndForm(lastDay));
        assertThat(api.plans.getFirst().stoppedOn()).isEqualTo(lastDay);
        assertThat(_getCellComponent(grid("hours-plans-grid"), 0, "actions").getChildren().count()).isZero();
    }
}
