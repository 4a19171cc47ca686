package uk.homecare.portal.ui.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentAction;
import uk.homecare.portal.api.compliance.ComplianceRejection;
import uk.homecare.portal.api.compliance.MonitoringActionForm;
import uk.homecare.portal.api.compliance.MonitoringVisit;
import uk.homecare.portal.api.compliance.MonitoringVisitForm;
import uk.homecare.portal.api.compliance.ProviderCompliance;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.ui.client.ComplianceClient;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * A commissioner's view of one provider's compliance: its documents (verify or reject the ones waiting, as the API lists
 * for each; download any), what is missing or expired, and the council's monitoring visits, with a form to record one.
 */
@Prototype
@RolesAllowed("COMMISSIONER")
@Route(value = "provider-compliance", layout = MainLayout.class)
public class ProviderChecksView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ComplianceClient client;
    private final transient ReferenceClient reference;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Select<Provider> provider = new Select<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Paragraph gaps = new Paragraph();
    private final Grid<ComplianceDocument> documents = new Grid<>();
    private final Button verify = new Button();
    private final TextField reason = new TextField();
    private final Button reject = new Button();
    private final HorizontalLayout rejectFields = new HorizontalLayout();
    private final Button download = new Button();
    private final Anchor fileLink = new Anchor();
    private final Grid<MonitoringVisit> visits = new Grid<>();
    private final Binder<VisitDraft> visitForm = new Binder<>(VisitDraft.class);
    private final TextField actionDescription = new TextField();
    private final DatePicker actionDue = new DatePicker();
    private final Grid<MonitoringActionForm> visitActions = new Grid<>();
    private final List<MonitoringActionForm> drafted = new ArrayList<>();
    private ProviderCompliance shown;

    ProviderChecksView(ComplianceClient client, ReferenceClient reference, ApiCaller api, Problems problems) {
        this.client = client;
        this.reference = reference;
        this.api = api;
        this.problems = problems;
        setId("provider-compliance");
        provider.setId("compliance-provider");
        provider.setLabel(getTranslation("compliance.provider"));
        provider.setItemLabelGenerator(Provider::name);
        provider.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                load();
            }
        });
        gaps.setId("compliance-gaps");
        gaps.getElement().setAttribute("role", "status");

        documents.setId("compliance-documents");
        FoldingColumns.of(documents).addColumn(d -> DocumentFiles.type(this, d)).setHeader(getTranslation("compliance.type"));
        FoldingColumns.of(documents).addColumn(d -> DocumentFiles.status(this, d)).setHeader(getTranslation("compliance.status"));
        FoldingColumns.of(documents).addColumn(d -> DocumentFiles.expiry(this, d, getLocale())).setHeader(getTranslation("compliance.expiresOn"));
        FoldingColumns.of(documents).addColumn(d -> d.decidedByCouncil() == null ? "" : d.decidedByCouncil())
                .setHeader(getTranslation("compliance.decidedBy"));
        FoldingColumns.of(documents).addColumn(ComplianceDocument::fileName).setHeader(getTranslation("compliance.fileName"));
        documents.getElement().setAttribute("aria-label", getTranslation("compliance.documents"));
        documents.setAllRowsVisible(true);
        documents.addSelectionListener(event -> showDocumentActions());
        verify.setId("compliance-verify");
        verify.setText(getTranslation("compliance.verify"));
        verify.addClickListener(click -> selected().ifPresent(d ->
                api.fetch(auth -> client.verifyComplianceDocument(auth, d.id())).ifPresent(done -> decided("compliance.verified"))));
        reason.setId("compliance-reject-reason");
        reason.setLabel(getTranslation("compliance.reject.reason"));
        reason.setMaxLength(500);
        reject.setId("compliance-reject");
        reject.setText(getTranslation("compliance.reject"));
        reject.addClickListener(click -> reject());
        for (Button action : List.of(verify, reject)) {
            ActionMark.mark(action, Capability.CHECK_COMPLIANCE);
        }
        rejectFields.add(reason, reject);
        rejectFields.setAlignItems(Alignment.BASELINE);
        download.setId("compliance-download");
        download.setText(getTranslation("compliance.download"));
        download.addClickListener(click -> selected().ifPresent(d -> DocumentFiles.offer(api, client, d, fileLink)));
        fileLink.setId("compliance-file-link");
        fileLink.setVisible(false);

        visits.setId("compliance-visits");
        FoldingColumns.of(visits).addColumn(v -> Formats.date(v.visitedOn(), getLocale())).setHeader(getTranslation("compliance.visit.date"));
        FoldingColumns.of(visits).addColumn(MonitoringVisit::findings).setHeader(getTranslation("compliance.visit.findings"));
        FoldingColumns.of(visits).addColumn(v -> getTranslation("compliance.visit.open", v.actions().stream()
                .filter(a -> a.doneAt() == null).count(), v.actions().size())).setHeader(getTranslation("compliance.actions"));
        visits.getElement().setAttribute("aria-label", getTranslation("compliance.visits"));
        visits.setAllRowsVisible(true);

        var visitedOn = new DatePicker(getTranslation("compliance.visit.date"));
        visitedOn.setId("compliance-visit-date");
        var findings = new TextArea(getTranslation("compliance.visit.findings"));
        findings.setId("compliance-visit-findings");
        findings.setMaxLength(4000);
        findings.setWidthFull();
        visitForm.forField(visitedOn).asRequired(getTranslation("validation.required")).bind("visitedOn");
        visitForm.forField(findings).asRequired(getTranslation("validation.required")).bind("findings");
        actionDescription.setId("compliance-action-description");
        actionDescription.setLabel(getTranslation("compliance.action.description"));
        actionDescription.setMaxLength(500);
        actionDue.setId("compliance-action-due");
        actionDue.setLabel(getTranslation("compliance.action.dueOn"));
        var addAction = new Button(getTranslation("compliance.action.add"), click -> addAction());
        addAction.setId("compliance-action-add");
        var actionRow = new HorizontalLayout(actionDescription, actionDue, addAction);
        actionRow.setAlignItems(Alignment.BASELINE);
        actionRow.setWrap(true);
        visitActions.setId("compliance-visit-actions");
        FoldingColumns.of(visitActions).addColumn(MonitoringActionForm::description).setHeader(getTranslation("compliance.action.description"));
        FoldingColumns.of(visitActions).addColumn(a -> Formats.date(a.dueOn(), getLocale())).setHeader(getTranslation("compliance.action.dueOn"));
        visitActions.getElement().setAttribute("aria-label", getTranslation("compliance.visit.actions"));
        visitActions.setAllRowsVisible(true);
        var record = new Button(getTranslation("compliance.visit.record"), click -> recordVisit());
        record.setId("compliance-visit-record");
        ActionMark.mark(record, Capability.CHECK_COMPLIANCE);

        detail.setId("compliance-detail");
        detail.setPadding(false);
        detail.add(gaps, new H3(getTranslation("compliance.documents")), documents, new HorizontalLayout(verify, download, fileLink), rejectFields,
                new H3(getTranslation("compliance.visits")), visits, new H3(getTranslation("compliance.visit.new")), visitedOn, findings,
                actionRow, visitActions, record);
        detail.setVisible(false);
        add(new H2(getTranslation("providerCompliance.title")), new Paragraph(getTranslation("providerCompliance.intro")), provider, detail);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(reference::listProviders).ifPresent(provider::setItems);
    }

    private void load() {
        Provider chosen = provider.getValue();
        if (chosen == null) {
            return;
        }
        api.fetch(auth -> client.showProviderCompliance(auth, chosen.id(), null)).ifPresent(this::show);
    }

    private void show(ProviderCompliance compliance) {
        shown = compliance;
        detail.setVisible(true);
        gaps.setText(DocumentFiles.gaps(this, compliance));
        documents.setItems(compliance.documents());
        visits.setItems(compliance.visits());
        showDocumentActions();
    }

    private java.util.Optional<ComplianceDocument> selected() {
        return documents.asSingleSelect().getOptionalValue();
    }

    private void showDocumentActions() {
        List<ComplianceDocumentAction> allowed = selected().map(ComplianceDocument::actions).orElse(List.of());
        verify.setVisible(allowed.contains(ComplianceDocumentAction.VERIFY));
        rejectFields.setVisible(allowed.contains(ComplianceDocumentAction.REJECT));
        download.setVisible(allowed.contains(ComplianceDocumentAction.DOWNLOAD));
        fileLink.setVisible(false);
    }

    private void reject() {
        var document = selected();
        if (document.isEmpty()) {
            return;
        }
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        reason.setInvalid(false);
        api.fetch(auth -> client.rejectComplianceDocument(auth, document.get().id(), new ComplianceRejection(reason.getValue())))
                .ifPresent(done -> {
                    reason.clear();
                    decided("compliance.rejected");
                });
    }

    private void decided(String key) {
        problems.showInfo(getTranslation(key));
        load();
    }

    private void addAction() {
        boolean complete = true;
        if (actionDescription.getValue().isBlank()) {
            actionDescription.setInvalid(true);
            actionDescription.setErrorMessage(getTranslation("validation.required"));
            complete = false;
        }
        if (actionDue.getValue() == null) {
            actionDue.setInvalid(true);
            actionDue.setErrorMessage(getTranslation("validation.required"));
            complete = false;
        }
        if (!complete) {
            return;
        }
        actionDescription.setInvalid(false);
        actionDue.setInvalid(false);
        drafted.add(new MonitoringActionForm(actionDescription.getValue().strip(), actionDue.getValue()));
        visitActions.setItems(drafted);
        actionDescription.clear();
        actionDue.clear();
    }

    private void recordVisit() {
        var draft = new VisitDraft();
        if (shown == null || !visitForm.writeBeanIfValid(draft)) {
            return;
        }
        var form = new MonitoringVisitForm(draft.getVisitedOn(), draft.getFindings(), List.copyOf(drafted));
        api.submit(auth -> client.recordMonitoringVisit(auth, shown.providerId(), form).body(), visitForm).ifPresent(recorded -> {
            problems.showInfo(getTranslation("compliance.visit.recorded"));
            visitForm.readBean(new VisitDraft());
            drafted.clear();
            visitActions.setItems(drafted);
            load();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providerCompliance.title");
    }
}
