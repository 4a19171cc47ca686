package uk.homecare.portal.ui.brokerage;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.notificationTexts;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AdmissionForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.ChangeKind;
import uk.homecare.portal.api.brokerage.ChangeState;
import uk.homecare.portal.api.brokerage.EndReason;
import uk.homecare.portal.api.brokerage.EndingForm;
import uk.homecare.portal.api.brokerage.PackageChange;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.RejectChangeForm;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.KaribuUi;

class PausesAndEndingsUiTest {

    private final KaribuUi ui = new KaribuUi();
    private final MovableClock clock = ui.clock();
    private final FakeBrokerageClient api = ui.brokerage();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void the_provider_reports_a_hospital_admission_of_a_package_it_holds_and_then_sees_no_second_report() {
        ui.signInAs("pete");
        CarePackage p = api.aPackage("PKG-21", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(10)));
        api.carePackages.add(p);
        ui.navigate("care-packages");
        _clickItem(grid("care-packages-grid"), 0);

        assertThat(shown("admission")).isTrue();
        assertThat(shown("discharge")).as("not in hospital").isFalse();
        assertThat(shown("ending")).isTrue();
        click("admission-submit");
        assertThat(api.lastForm).as("no date, nothing sent").isNull();

        LocalDate yesterday = clock.today().minusDays(1);
        _setValue(byId(DatePicker.class, "admission-date"), yesterday);
        click("admission-submit");

        assertThat(api.lastForm).isEqualTo(new AdmissionForm(yesterday));
        assertThat(notificationTexts()).anyMatch(text -> text.contains("PKG-21") && text.contains("council will confirm"));
        assertThat(shown("admission")).as("one report awaits the council at a time").isFalse();
        assertThat(shown("ending")).isFalse();
    }

    @Test
    void the_provider_reports_an_ending_with_its_reason_in_words() {
        ui.signInAs("pete");
        CarePackage p = api.aPackage("PKG-22", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(10)));
        api.carePackages.add(p);
        ui.navigate("care-packages");
        _clickItem(grid("care-packages-grid"), 0);

        Select<EndReason> reason = byId(Select.class, "ending-reason");
        assertThat(reason.getItemLabelGenerator().apply(EndReason.RESIDENTIAL_CARE)).isEqualTo("The person moved to residential care");
        _setValue(reason, EndReason.RESIDENTIAL_CARE);
        _setValue(byId(DatePicker.class, "ending-date"), clock.today());
        click("ending-submit");

        assertThat(api.lastForm).isEqualTo(new EndingForm(EndReason.RESIDENTIAL_CARE, clock.today()));
    }

    @Test
    void the_commissioner_sees_what_awaits_and_confirming_it_suspends_the_package_which_may_then_be_resumed() {
        ui.signInAs("cora");
        CarePackage p = awarded("PKG-23");
        api.changes.put(p.id(), new ArrayList<>(List.of(new PackageChange(UUID.randomUUID(), p.id(), ChangeKind.ADMISSION,
                clock.today(), null, ChangeState.AWAITING, "PROVIDER", clock.instant(), null, null))));
        ui.navigate("packages/" + p.id());

        assertThat(textOf(byId(Component.class, "awaiting-change"))).contains("hospital admission");
        assertThat(shown("resume")).isFalse();
        assertThat(shown("end")).as("the awaiting report is decided first").isFalse();
        click("change-confirm");

        assertThat(textOf(byId(Component.class, "package-status"))).contains("Suspended");
        assertThat(shown("change-confirm")).isFalse();
        assertThat(shown("resume")).isTrue();
        assertThat(shown("end")).isTrue();
    }

    @Test
    void the_commissioner_rejects_a_report_saying_why() {
        ui.signInAs("cora");
        CarePackage p = awarded("PKG-24");
        api.changes.put(p.id(), new ArrayList<>(List.of(new PackageChange(UUID.randomUUID(), p.id(), ChangeKind.ENDING,
                clock.today(), EndReason.DEATH, ChangeState.AWAITING, "PROVIDER", clock.instant(), null, null))));
        ui.navigate("packages/" + p.id());

        assertThat(textOf(byId(Component.class, "awaiting-change"))).contains("The person died");
        click("change-reject-submit");
        assertThat(api.lastForm).as("no reason, nothing sent").isNull();
        _setValue(byId(TextArea.class, "change-reject-reason"), "The family says the person is in respite care");
        click("change-reject-submit");

        assertThat(api.lastForm).isEqualTo(new RejectChangeForm("The family says the person is in respite care"));
        assertThat(shown("change-confirm")).isFalse();
        assertThat(shown("end")).isTrue();
    }

    @Test
    void the_commissioner_ends_a_package_directly_after_being_told_what_follows() {
        ui.signInAs("cora");
        CarePackage p = awarded("PKG-25");
        ui.navigate("packages/" + p.id());

        _setValue(byId(Select.class, "end-reason"), EndReason.PERSON_REQUESTED);
        _setValue(byId(DatePicker.class, "end-date"), clock.today());
        click("end-submit");
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("end-dialog")));

        assertThat(api.lastForm).isEqualTo(new EndingForm(EndReason.PERSON_REQUESTED, clock.today()));
        assertThat(textOf(byId(Component.class, "package-status"))).contains("Ended");
        assertThat(shown("end")).isFalse();
        assertThat(shown("cancel-form")).as("an ended package is over").isFalse();
    }

    private CarePackage awarded(String reference) {
        CarePackage p = api.aPackage(reference, PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(1)));
        p = new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), p.lot(), p.funding(),
                p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(),
                null, p.publishedAt(), new NamedRef(UUID.randomUUID(), "Caring Hands Ltd"), clock.instant(), p.startDate(), null, 1, List.of());
        api.packages.add(p);
        return p;
    }
}
