package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import java.util.function.Consumer;
import uk.homecare.portal.api.brokerage.CancelForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The commissioner cancels a package, saying why (when the API lists CANCEL), after confirming what it means: who
 * is told, and that it cannot be undone.
 */
final class CancelPanel extends VerticalLayout {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<CarePackage> cancelled;
    private final RecordForm<CancelForm> form;
    private CarePackage carePackage;

    CancelPanel(BrokerageClient client, ApiCaller api, Problems problems, Consumer<CarePackage> cancelled) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.cancelled = cancelled;
        setId("package-cancel");
        setPadding(false);
        var reason = new TextArea(getTranslation("cancel.reason"));
        reason.setId("cancel-reason");
        reason.setHelperText(getTranslation("cancel.reason.help"));
        reason.setMaxLength(500);
        form = new RecordForm<>("cancel-form", CancelForm.class, "cancel.title", "cancel.button", this::cancel);
        form.with(reason);
        form.binder().forField(reason).asRequired(getTranslation("validation.required")).bind("reason");
        add(form);
        setVisible(false);
    }

    void show(CarePackage shown) {
        carePackage = shown;
        boolean cancellable = shown.actions().contains(PackageAction.CANCEL);
        setVisible(cancellable);
        if (cancellable) {
            ActionMark.mark(form.button(), PackageAction.CANCEL, shown.id());
        }
    }

    /** Asks first, saying who will be told: the provider holding it, or the providers it is offered to. */
    private void cancel(CancelForm form) {
        String consequence = carePackage.awardedProvider() != null
                ? getTranslation("cancel.confirm.awarded", carePackage.reference(), Labels.name(carePackage.awardedProvider()))
                : getTranslation("cancel.confirm.text", carePackage.reference());
        Confirmation.ask(this, "cancel-dialog", getTranslation("cancel.confirm.title", carePackage.reference()), consequence,
                getTranslation("cancel.confirm.yes"), this.form.button(), () -> cancelNow(form));
    }

    private void cancelNow(CancelForm reason) {
        UUID id = carePackage.id();
        api.submit(auth -> client.cancelPackage(auth, id, reason), form.binder()).ifPresent(result -> {
            problems.showInfo(getTranslation("cancel.done", result.reference()));
            form.binder().readRecord(new CancelForm(""));
            cancelled.accept(result);
        });
    }
}
