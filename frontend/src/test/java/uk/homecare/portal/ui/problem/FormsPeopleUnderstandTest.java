package uk.homecare.portal.ui.problem;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.DomEvent;
import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.ui.testing.FakeCapacityClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/**
 * A failed form says what is wrong next to each field, in the unit the person typed, and lists it at the top in an
 * error summary whose links lead to the fields; a field that cannot read what was typed says so in words.
 */
@Tag("calendar")
class FormsPeopleUnderstandTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static Problem invalid(FieldError error) {
        return new Problem(ProblemType.INVALID_INPUT.urn(), "Invalid input", 400, error.field() + ": " + error.message(), List.of(error));
    }

    private static ErrorSummary summary() {
        List<ErrorSummary> shown = _find(ErrorSummary.class);
        assertThat(shown).hasSize(1);
        return shown.getFirst();
    }

    @Test
    void aPlanOfMinusFiveHoursAWeekSaysAtLeastAQuarterOfAnHourNextToTheFieldAndTheSummaryLinksToIt() {
        ui.signInAs("cora");
        ui.navigate("hours-plans");
        _setValue(byId(ComboBox.class, "plan-person"), ui.people().person(FakeIdentityClient.SUE.id()));
        _setValue(byId(ComboBox.class, "plan-provider"), ui.reference().providers.get(0));
        _setValue(byId(BigDecimalField.class, "plan-weekly-hours"), new BigDecimal("-5"));
        _setValue(byId(DatePicker.class, "plan-starts-on"), ui.clock().monday().plusWeeks(1));
        ui.hoursBank().failNext(HttpStatus.BAD_REQUEST, invalid(new FieldError("weeklyMinutes", "Must be at least 15 minutes.", "min", 15L)));

        click("plan-form-submit");

        BigDecimalField hours = byId(BigDecimalField.class, "plan-weekly-hours");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Enter at least 0.25 hours.");
        ErrorSummary summary = summary();
        assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(_find(summary, H2.class)).extracting(H2::getText).containsExactly("There is a problem");
        assertThat(summary.links()).extracting(Anchor::getHref).containsExactly("#plan-weekly-hours");
        assertThat(summary.links()).extracting(Anchor::getText).containsExactly(hours.getLabel() + ": Enter at least 0.25 hours.");
        assertThat(isInside(summary, byId(Component.class, "plan-form"))).isTrue();

        _setValue(hours, new BigDecimal("7.5"));
        click("plan-form-submit");

        assertThat(_find(ErrorSummary.class)).isEmpty();
    }

    @Test
    void aBidOfNineHundredAndNinetyNinePoundsIsToldTheCeilingInPounds() {
        ui.signInAs("pete");
        var brokerage = ui.brokerage();
        CarePackage p = brokerage.aPackage("PKG-8", PackageStatus.OPEN, ui.clock().instant());
        brokerage.packages.add(p);
        Offer offer = brokerage.anOffer(p, OfferStage.OPEN, ui.clock().instant().plus(Duration.ofHours(3)), true);
        brokerage.offers.add(offer);
        ui.navigate("offers/" + offer.id());
        _setValue(byId(BigDecimalField.class, "offer-bid-rate"), new BigDecimal("999"));
        brokerage.failNext(HttpStatus.BAD_REQUEST, invalid(new FieldError("ratePence",
                "The rate must be no more than the council's ceiling of £28.20 an hour.", "max", 2820L)));

        click("offer-bid-submit");

        BigDecimalField rate = byId(BigDecimalField.class, "offer-bid-rate");
        assertThat(rate.getErrorMessage()).isEqualTo("The rate must be no more than the council's ceiling of £28.20 an hour.")
                .doesNotContain("pence");
        assertThat(summary().links()).extracting(Anchor::getHref).containsExactly("#offer-bid-rate");
    }

    @Test
    void lettersTypedIntoANumberFieldAskForANumberNotToFillItIn() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        _setValue(byId(Select.class, "capacity-council"), FakeIdentityClient.COVENTRY);
        _setValue(byId(Select.class, "capacity-zone"), FakeCapacityClient.CENTRAL);
        _setValue(byId(BigDecimalField.class, "capacity-daytime"), new BigDecimal("40"));
        _setValue(byId(BigDecimalField.class, "capacity-out-of-hours"), new BigDecimal("0"));
        IntegerField staff = byId(IntegerField.class, "capacity-staff");
        staff.getElement().setProperty("_inputElementValue", "three");
        ElementUtilsKt._fireDomEvent(staff.getElement(), new DomEvent(staff.getElement(), "unparsable-change", JsonNodeFactory.instance.objectNode()));

        click("capacity-form-submit");

        assertThat(staff.isInvalid()).isTrue();
        assertThat(staff.getErrorMessage()).isEqualTo("Enter a whole number, like 3");
        assertThat(summary().links()).extracting(Anchor::getText).anyMatch(text -> text.contains("Enter a whole number, like 3"));
        assertThat(ui.capacity().lastForm).isNull();
    }

    @Test
    void staffOfMinusThreeIsRedWithAMessageNotRedAlone() {
        ui.signInAs("pete");
        ui.navigate("capacity");
        IntegerField staff = byId(IntegerField.class, "capacity-staff");
        _setValue(staff, -3);

        click("capacity-form-submit");

        assertThat(staff.isInvalid()).isTrue();
        assertThat(staff.getErrorMessage()).isEqualTo("Enter 0 or more.");
    }

    @Test
    void noVisitsADayIsRedWithAMessageOnAViewBuiltWithoutAForm() {
        ui.signInAs("cora");
        ui.navigate("packages/new");
        IntegerField visits = byId(IntegerField.class, "package-visits-per-day");
        _setValue(visits, 0);

        click("package-save");

        assertThat(visits.isInvalid()).isTrue();
        assertThat(visits.getErrorMessage()).isEqualTo("Enter 1 or more.");
        assertThat(summary().links()).extracting(Anchor::getHref).contains("#package-visits-per-day");
        assertThat(ui.brokerage().lastForm).isNull();
    }

    private static boolean isInside(Component inner, Component outer) {
        var parent = inner.getParent();
        while (parent.isPresent()) {
            if (parent.get() == outer) {
                return true;
            }
            parent = parent.get().getParent();
        }
        return false;
    }
}
