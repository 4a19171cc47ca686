package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.ChangeState;
import uk.homecare.portal.api.brokerage.DischargeForm;
import uk.homecare.portal.api.brokerage.EndReason;
import uk.homecare.portal.api.brokerage.EndingForm;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageChange;
import uk.homecare.portal.api.brokerage.RejectChangeForm;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The commissioner's side of pauses and endings: what the provider reported and awaits the council, to confirm or
 * reject (saying why); and, with nothing awaiting, resuming a suspended package or ending one directly. Each part is
 * shown when the API lists its action.
 */
final class DecideChangePanel extends VerticalLayout {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<CarePackage> changed;
    private final VerticalLayout awaiting = new VerticalLayout();
    private final Paragraph awaitingText = new Paragraph();
    private final Button confirm;
    private final RecordForm<RejectChangeForm> reject;
    private final RecordForm<DischargeForm> resume;
    private final RecordForm<EndingForm> end;
    private CarePackage carePackage;

    DecideChangePanel(BrokerageClient client, ApiCaller api, Problems problems, Consumer<CarePackage> changed) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.changed = changed;
        setId("decide-change");
        setPadding(false);
        String required = getTranslation("validation.required");

        awaitingText.setId("awaiting-change");
        confirm = new Button(getTranslation("change.confirm"), click -> confirm());
        confirm.setId("change-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var why = new TextArea(getTranslation("change.reject.reason"));
        why.setId("change-reject-reason");
        why.setMaxLength(500);
        reject = new RecordForm<>("change-reject", RejectChangeForm.class, "change.reject.title", "change.reject.submit", this::reject);
        reject.with(why);
        reject.binder().forField(why).asRequired(required).bind("reason");
        awaiting.setPadding(false);
        awaiting.add(new H3(getTranslation("change.awaiting.title")), awaitingText, confirm, reject);

        var dischargedOn = new DatePicker(getTranslation("change.dischargedOn"));
        dischargedOn.setId("resume-date");
        dischargedOn.setHelperText(getTranslation("change.date.help"));
        resume = new RecordForm<>("resume", DischargeForm.class, "change.resume.title", "change.resume.submit", this::resume);
        resume.with(dischargedOn);
        resume.binder().forField(dischargedOn).asRequired(required).bind("dischargedOn");

        var reason = new Select<EndReason>();
        reason.setLabel(getTranslation("change.endReason"));
        reason.setId("end-reason");
        reason.setItems(EndReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("change.endReason." + r));
        var endedOn = new DatePicker(getTranslation("change.endedOn"));
        endedOn.setId("end-date");
        endedOn.setHelperText(getTranslation("change.date.help"));
        end = new RecordForm<>("end", EndingForm.class, "change.end.title", "change.end.submit", this::end);
        end.with(reason, endedOn);
        end.binder().forField(reason).asRequired(required).bind("reason");
        end.binder().forField(endedOn).asRequired(required).bind("endedOn");

        add(awaiting, resume, end);
        setVisible(false);
    }

    void show(CarePackage shown) {
        carePackage = shown;
        boolean decidable = shown.actions().contains(PackageAction.CONFIRM_CHANGE);
        awaiting.setVisible(decidable);
        confirm.setVisible(decidable);
        reject.setVisible(shown.actions().contains(PackageAction.REJECT_CHANGE));
        resume.setVisible(shown.actions().contains(PackageAction.RESUME));
        end.setVisible(shown.actions().contains(PackageAction.END));
        ActionMark.mark(confirm, PackageAction.CONFIRM_CHANGE, shown.id());
        ActionMark.mark(reject.button(), PackageAction.REJECT_CHANGE, shown.id());
        ActionMark.mark(resume.button(), PackageAction.RESUME, shown.id());
        ActionMark.mark(end.button(), PackageAction.END, shown.id());
        if (decidable) {
            List<PackageChange> changes = api.fetch(auth -> client.listPackageChanges(auth, shown.id())).orElse(List.of());
            changes.stream().filter(c -> c.state() == ChangeState.AWAITING).findFirst().ifPresent(c -> awaitingText.setText(
                    getTranslation("change.awaiting." + c.kind(), Moments.date(this, c.effectiveOn()),
                            c.endReason() == null ? "" : getTranslation("change.endReason." + c.endReason()))));
        }
        setVisible(decidable || resume.isVisible() || end.isVisible());
    }

    private void confirm() {
        UUID id = carePackage.id();
        api.fetch(auth -> client.confirmPackageChange(auth, id)).ifPresent(result -> done("change.confirmed", result));
    }

    private void reject(RejectChangeForm form) {
        UUID id = carePackage.id();
        api.submit(auth -> client.rejectPackageChange(auth, id, form), reject.binder()).ifPresent(result -> {
            reject.binder().readRecord(new RejectChangeForm(""));
            done("change.rejected", result);
        });
    }

    private void resume(DischargeForm form) {
        UUID id = carePackage.id();
        api.submit(auth -> client.resumePackage(auth, id, form), resume.binder()).ifPresent(result -> done("change.resumed", result));
    }

    private void end(EndingForm form) {
        UUID id = carePackage.id();
        Confirmation.ask(this, "end-dialog", getTranslation("change.end.confirm.title", carePackage.reference()),
                getTranslation("change.end.confirm.text", carePackage.reference()), getTranslation("change.end.confirm.yes"), end.button(),
                () -> api.submit(auth -> client.endPackage(auth, id, form), end.binder()).ifPresent(result -> done("change.ended", result)));
    }

    private void done(String key, CarePackage result) {
        problems.showInfo(getTranslation(key, result.reference()));
        changed.accept(result);
    }
}
