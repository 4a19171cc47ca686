package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.UUID;
import java.util.function.Consumer;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageTerms;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationChoice;
import uk.homecare.portal.api.brokerage.VariationDecline;
import uk.homecare.portal.api.brokerage.VariationStatus;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.problem.ErrorSummary;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The change the council proposes to a package the provider holds: the terms now and proposed, from when, why and by
 * when to answer; accepting it, or declining it with a reason, while the API lists those answers.
 */
final class VariationAnswerPanel extends VerticalLayout {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<UUID> answered;
    private final Facts facts = new Facts("variation-pending-facts");
    private final Button accept;
    private final Button decline;
    private final Binder<ReasonDraft> binder = new Binder<>(ReasonDraft.class);
    private CarePackage carePackage;
    private Variation pending;

    VariationAnswerPanel(BrokerageClient client, ApiCaller api, Problems problems, Consumer<UUID> answered) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.answered = answered;
        setId("variation-pending");
        setPadding(false);
        var reason = new TextArea(getTranslation("variation.decline.reason"));
        reason.setId("variation-decline-reason");
        reason.setMaxLength(500);
        binder.forField(reason).asRequired(getTranslation("validation.required")).bind("reason");
        accept = new Button(getTranslation("variation.accept"), click -> acceptNow());
        accept.setId("variation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        decline = new Button(getTranslation("variation.decline"), click -> declineNow());
        decline.setId("variation-decline");
        add(new H3(getTranslation("variation.pending.title")), facts, accept, reason, new HorizontalLayout(decline));
        setVisible(false);
    }

    void show(CarePackage shown) {
        carePackage = shown;
        pending = null;
        boolean mayAnswer = shown.actions().contains(PackageAction.ACCEPT_VARIATION);
        setVisible(false);
        if (!mayAnswer) {
            return;
        }
        api.fetch(auth -> client.listCarePackageVariations(auth, shown.id())).ifPresent(found ->
                found.stream().filter(v -> v.status() == VariationStatus.PROPOSED).findFirst().ifPresent(this::showPending));
        ActionMark.mark(accept, PackageAction.ACCEPT_VARIATION, shown.id());
        ActionMark.mark(decline, PackageAction.DECLINE_VARIATION, shown.id());
        decline.setVisible(shown.actions().contains(PackageAction.DECLINE_VARIATION));
    }

    private void showPending(Variation v) {
        pending = v;
        binder.readBean(new ReasonDraft());
        facts.clear();
        facts.fact("variation.pending.now", terms(v.oldTerms()))
                .fact("variation.pending.new", terms(v.newTerms()))
                .fact("variation.from", Moments.date(this, v.effectiveFrom()))
                .fact("variation.pending.reason", v.reason())
                .fact("variation.pending.respondBy", Moments.dateTime(this, v.respondBy()));
        setVisible(true);
    }

    private String terms(PackageTerms terms) {
        return getTranslation("variation.terms", Formats.hours(terms.weeklyMinutes()), Labels.visits(this, terms.visitPattern()));
    }

    private void acceptNow() {
        if (pending == null) {
            return;
        }
        UUID id = carePackage.id();
        UUID variation = pending.id();
        api.fetch(auth -> client.acceptVariation(auth, id, new VariationChoice(variation))).ifPresent(done -> {
            problems.showInfo(getTranslation("variation.accepted", carePackage.reference()));
            answered.accept(id);
        });
    }

    private void declineNow() {
        if (pending == null) {
            return;
        }
        var values = new ReasonDraft();
        if (!binder.writeBeanIfValid(values)) {
            ErrorSummary.showInvalid(binder);
            return;
        }
        UUID id = carePackage.id();
        UUID variation = pending.id();
        api.submit(auth -> client.declineVariation(auth, id, new VariationDecline(variation, values.getReason())), binder).ifPresent(done -> {
            problems.showInfo(getTranslation("variation.declined", carePackage.reference()));
            answered.accept(id);
        });
    }
}
