package uk.homecare.portal.ui.capacity;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.Dates;
import uk.homecare.portal.ui.testing.FakeCapacityClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** A provider reports its capacity per council and zone in hours, sent in minutes, and sees which reports are stale. */
@Tag("calendar")
class ReportingCapacityTest {

    private KaribuUi ui;
    private FakeCapacityClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.capacity();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private void fillIn(NamedRef council, NamedRef zone, String daytime, String outOfHours, int staff, int nonDriving) {
        _setValue(byId(Select.class, "capacity-council"), council);
        _setValue(byId(Select.class, "capacity-zone"), zone);
        _setValue(byId(BigDecimalField.class, "capacity-daytime"), new BigDecimal(daytime));
        _setValue(byId(BigDecimalField.class, "capacity-out-of-hours"), new BigDecimal(outOfHours));
        _setValue(byId(IntegerField.class, "capacity-staff"), staff);
        _setValue(byId(IntegerField.class, "capacity-non-driving"), nonDriving);
    }

    @Test
    void aProviderReportsHoursAsMinutesForACouncilAndZone() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        fillIn(FakeIdentityClient.COVENTRY, FakeCapacityClient.CENTRAL, "40", "7.5", 12, 3);
        _setValue(byId(Checkbox.class, "capacity-double-handed"), true);

        click("capacity-form-submit");

        assertThat(api.lastForm).isEqualTo(new CapacityReportForm(
                FakeIdentityClient.COVENTRY.id(), FakeCapacityClient.CENTRAL.id(), 2400, 450, true, 12, 3));
        assertThat(api.lastAuthorization).isEqualTo("Bearer token-of-pete");
        assertThat(rows(grid("capacity-reports"))).contains("Coventry City Council", "Central", "40 h", "7.5 h", "Yes",
                Dates.fullDate(ui.clock().monday()), Dates.fullDate(ui.clock().today()));
        assertThat(Screen.notificationTexts()).anyMatch(text -> text.contains("Reported for Central, Coventry City Council"));
    }

    @Test
    void theZonesOnOfferAreThoseOfTheChosenCouncil() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        Select<NamedRef> zone = byId(Select.class, "capacity-zone");

        _setValue(byId(Select.class, "capacity-council"), FakeIdentityClient.COVENTRY);
        assertThat(zone.getListDataView().getItems()).containsExactly(FakeCapacityClient.CENTRAL, FakeCapacityClient.NORTH);

        _setValue(byId(Select.class, "capacity-council"), FakeIdentityClient.WARWICKSHIRE);
        assertThat(zone.getListDataView().getItems()).containsExactly(FakeCapacityClient.RUGBY);
    }

    @Test
    void nonDrivingStaffCannotExceedStaff() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        fillIn(FakeIdentityClient.COVENTRY, FakeCapacityClient.CENTRAL, "40", "0", 5, 6);

        click("capacity-form-submit");

        IntegerField nonDriving = byId(IntegerField.class, "capacity-non-driving");
        assertThat(nonDriving.isInvalid()).isTrue();
        assertThat(nonDriving.getErrorMessage()).isEqualTo("Staff who do not drive cannot be more than the staff.");
        assertThat(api.lastForm).isNull();

        _setValue(byId(IntegerField.class, "capacity-staff"), 6);
        click("capacity-form-submit");
        assertThat(((CapacityReportForm) api.lastForm).nonDrivingStaff()).isEqualTo(6);
    }

    @Test
    void negativeHoursAreNotSent() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        fillIn(FakeIdentityClient.COVENTRY, FakeCapacityClient.CENTRAL, "-1", "0", 5, 0);

        click("capacity-form-submit");

        assertThat(byId(BigDecimalField.class, "capacity-daytime").isInvalid()).isTrue();
        assertThat(api.lastForm).isNull();
    }

    @Test
    void theApisFieldErrorsLandOnTheFields() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        fillIn(FakeIdentityClient.COVENTRY, FakeCapacityClient.CENTRAL, "40", "0", 5, 0);
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid", 400, null,
                List.of(new Problem.FieldError("report.form.zoneId", "You hold no contract in this zone."))));

        click("capacity-form-submit");

        Select<NamedRef> zone = byId(Select.class, "capacity-zone");
        assertThat(zone.isInvalid()).isTrue();
        assertThat(zone.getErrorMessage()).isEqualTo("You hold no contract in this zone.");
    }

    @Test
    void aStaleReportIsMarkedStale() {
        api.reports.add(api.aReport(FakeCapacityClient.CENTRAL, 9, 600));
        api.reports.add(api.aReport(FakeCapacityClient.NORTH, 2, 1200));
        ui.signInAs("pete");
        ui.navigate("capacity");

        var reports = grid("capacity-reports");
        assertThat(_size(reports)).isEqualTo(2);
        Component stale = _getCellComponent(reports, 0, "freshness");
        assertThat(textOf(stale)).contains("Stale", "Over 7 days old: report again");
        Span badge = (Span) stale.getChildren().findFirst().orElseThrow();
        assertThat(badge.getElement().getThemeList()).contains("badge", "error");
        Component current = _getCellComponent(reports, 1, "freshness");
        assertThat(textOf(current)).contains("Current").doesNotContain("Stale");
    }

    @Test
    void reportingAgainFillsTheFormWithTheEarlierReport() {
        CapacityReport earlier = api.aReport(FakeCapacityClient.NORTH, 9, 600);
        api.reports.add(earlier);
        ui.signInAs("pete");
        ui.navigate("capacity");

        var again = (Button) _getCellComponent(grid("capacity-reports"), 0, "again");
        assertThat(again.getAriaLabel()).hasValue("Report again for Coventry North, Coventry City Council");
        _click(again);
        click("capacity-form-submit");

        assertThat(api.lastForm).isEqualTo(new CapacityReportForm(FakeIdentityClient.COVENTRY.id(),
                FakeCapacityClient.NORTH.id(), 600, 120, false, 10, 2));
    }

    @Test
    void aLinkCanChooseTheCouncilAndZone() {
        ui.signInAs("pete");
        UI.getCurrent().navigate("capacity", QueryParameters.simple(Map.of(
                "council", FakeIdentityClient.COVENTRY.id().toString(), "zone", FakeCapacityClient.NORTH.id().toString())));

        assertThat(byId(Select.class, "capacity-council").getValue()).isEqualTo(FakeIdentityClient.COVENTRY);
        assertThat(byId(Select.class, "capacity-zone").getValue()).isEqualTo(FakeCapacityClient.NORTH);
    }

    @Test
    void withoutReportsThePageSaysSo() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        assertThat(Screen.allText()).contains("You have not reported any capacity yet.");
        assertThat(shown("capacity-reports")).isFalse();
    }

    @Test
    void aCommissionerCannotReportCapacity() {
        ui.signInAs("cora");
        ui.navigate("capacity");
        expectView(AccessDeniedView.class);
    }
}
