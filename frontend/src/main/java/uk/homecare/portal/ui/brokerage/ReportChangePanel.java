package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import uk.homecare.portal.api.brokerage.AdmissionForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DischargeForm;
import uk.homecare.portal.api.brokerage.EndReason;
import uk.homecare.portal.api.brokerage.EndingForm;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageChange;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The provider holding a package reports a hospital admission, a discharge or an ending (each form shown when the API
 * lists its action); the council then confirms or rejects it.
 */
final class ReportChangePanel extends VerticalLayout {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<PackageChange> reported;
    private final RecordForm<AdmissionForm> admission;
    private final RecordForm<DischargeForm> discharge;
    private final RecordForm<EndingForm> ending;
    private CarePackage carePackage;

    ReportChangePanel(BrokerageClient client, ApiCaller api, Problems problems, Consumer<PackageChange> reported) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.reported = reported;
        setId("report-change");
        setPadding(false);
        String required = getTranslation("validation.required");

        var admittedOn = new DatePicker(getTranslation("change.admittedOn"));
        admittedOn.setId("admission-date");
        admittedOn.setHelperText(getTranslation("change.date.help"));
        admission = new RecordForm<>("admission", AdmissionForm.class, "change.admission.title", "change.admission.submit",
                form -> submit(auth -> client.reportAdmission(auth, carePackage.id(), form), this.admission().binder()));
        admission.with(admittedOn);
        admission.binder().forField(admittedOn).asRequired(required).bind("admittedOn");

        var dischargedOn = new DatePicker(getTranslation("change.dischargedOn"));
        dischargedOn.setId("discharge-date");
        dischargedOn.setHelperText(getTranslation("change.date.help"));
        discharge = new RecordForm<>("discharge", DischargeForm.class, "change.discharge.title", "change.discharge.submit",
                form -> submit(auth -> client.reportDischarge(auth, carePackage.id(), form), this.discharge().binder()));
        discharge.with(dischargedOn);
        discharge.binder().forField(dischargedOn).asRequired(required).bind("dischargedOn");

        var reason = new Select<EndReason>();
        reason.setLabel(getTranslation("change.endReason"));
        reason.setId("ending-reason");
        reason.setItems(EndReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("change.endReason." + r));
        var endedOn = new DatePicker(getTranslation("change.endedOn"));
        endedOn.setId("ending-date");
        endedOn.setHelperText(getTranslation("change.date.help"));
        ending = new RecordForm<>("ending", EndingForm.class, "change.ending.title", "change.ending.submit",
                form -> submit(auth -> client.reportEnding(auth, carePackage.id(), form), this.ending().binder()));
        ending.with(reason, endedOn);
        ending.binder().forField(reason).asRequired(required).bind("reason");
        ending.binder().forField(endedOn).asRequired(required).bind("endedOn");

        add(admission, discharge, ending);
        setVisible(false);
    }

    private RecordForm<AdmissionForm> admission() {
        return admission;
    }

    private RecordForm<DischargeForm> discharge() {
        return discharge;
    }

    private RecordForm<EndingForm> ending() {
        return ending;
    }

    void show(CarePackage shown) {
        carePackage = shown;
        admission.setVisible(shown.actions().contains(PackageAction.REPORT_ADMISSION));
        discharge.setVisible(shown.actions().contains(PackageAction.REPORT_DISCHARGE));
        ending.setVisible(shown.actions().contains(PackageAction.REPORT_ENDING));
        ActionMark.mark(admission.button(), PackageAction.REPORT_ADMISSION, shown.id());
        ActionMark.mark(discharge.button(), PackageAction.REPORT_DISCHARGE, shown.id());
        ActionMark.mark(ending.button(), PackageAction.REPORT_ENDING, shown.id());
        setVisible(admission.isVisible() || discharge.isVisible() || ending.isVisible());
    }

    private void submit(java.util.function.Function<uk.homecare.portal.api.identity.Bearer, PackageChange> call,
            com.vaadin.flow.data.binder.Binder<?> binder) {
        api.submit(call, binder).ifPresent(change -> {
            problems.showInfo(getTranslation("change.reported", carePackage.reference()));
            reported.accept(change);
        });
    }
}
