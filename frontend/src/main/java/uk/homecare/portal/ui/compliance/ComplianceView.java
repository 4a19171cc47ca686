package uk.homecare.portal.ui.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.compliance.ActionCompletion;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.compliance.ComplianceOperations;
import uk.homecare.portal.api.compliance.MonitoringAction;
import uk.homecare.portal.api.compliance.MonitoringActionStep;
import uk.homecare.portal.api.compliance.MonitoringVisit;
import uk.homecare.portal.api.compliance.ProviderCompliance;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.client.ComplianceClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * The provider's compliance record: upload a document with its type and expiry (the errors next to the fields), the
 * current documents with their status and expiry, what is missing or expired, and the councils' monitoring visits,
 * whose open actions the provider marks done with a note.
 */
@Prototype
@RolesAllowed({"PROVIDER", "PROVIDER_ADMIN"})
@Route(value = "compliance", layout = MainLayout.class)
public class ComplianceView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    /** A file chosen in the upload, waiting to be sent. */
    record Chosen(String fileName, String mediaType, byte[] content) {}

    /** An action of a visit, with the visit it belongs to, for the actions' grid. */
    record VisitAction(MonitoringVisit visit, MonitoringAction action) {}

    private final transient ComplianceClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient CurrentUser user;
    private final Paragraph gaps = new Paragraph();
    private final Select<ComplianceDocumentType> type = new Select<>();
    private final DatePicker expires = new DatePicker();
    private final Span file = new Span();
    private final Span fileError = new Span();
    private final Grid<ComplianceDocument> documents = new Grid<>();
    private final Button download = new Button();
    private final Anchor fileLink = new Anchor();
    private final Grid<MonitoringVisit> visits = new Grid<>();
    private final Grid<VisitAction> actions = new Grid<>();
    private final TextField note = new TextField();
    private final Button markDone = new Button();
    private final HorizontalLayout doneFields = new HorizontalLayout();
    private Chosen chosen;
    private UUID provider;

    ComplianceView(ComplianceClient client, ApiCaller api, Problems problems, CurrentUser user) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.user = user;
        setId("compliance");
        gaps.setId("compliance-gaps");
        gaps.getElement().setAttribute("role", "status");

        type.setId("compliance-type");
        type.setLabel(getTranslation("compliance.type"));
        type.setItems(ComplianceDocumentType.values());
        type.setItemLabelGenerator(t -> getTranslation("compliance.type." + t));
        expires.setId("compliance-expires");
        expires.setLabel(getTranslation("compliance.expiresOn"));
        expires.setHelperText(getTranslation("compliance.expiresOn.help"));
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                choose(metadata.fileName(), metadata.contentType(), bytes)))));
        upload.setId("compliance-upload");
        var pick = new Button(getTranslation("compliance.upload.choose"));
        pick.setId("compliance-upload-button");
        ActionMark.mark(pick, Capability.KEEP_COMPLIANCE_DOCUMENTS);
        upload.setUploadButton(pick);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ComplianceOperations.MOST_BYTES);
        upload.setWidthFull();
        upload.setMaxWidth("100%");
        upload.setAcceptedFileTypes(ComplianceOperations.PDF, ComplianceOperations.PNG, ComplianceOperations.JPEG, ".pdf", ".png", ".jpg", ".jpeg");
        file.setId("compliance-file");
        fileError.setId("compliance-file-error");
        fileError.getElement().setAttribute("role", "alert");
        fileError.addClassName("error-message");
        fileError.setVisible(false);
        var send = new Button(getTranslation("compliance.upload.send"), click -> send());
        send.setId("compliance-send");
        ActionMark.mark(send, Capability.KEEP_COMPLIANCE_DOCUMENTS);
        var fields = new HorizontalLayout(type, expires);
        fields.setWrap(true);
        fields.setAlignItems(Alignment.BASELINE);

        documents.setId("compliance-documents");
        FoldingColumns.of(documents).addColumn(d -> DocumentFiles.type(this, d)).setHeader(getTranslation("compliance.type"));
        FoldingColumns.of(documents).addColumn(d -> DocumentFiles.status(this, d)).setHeader(getTranslation("compliance.status"));
        FoldingColumns.of(documents).addColumn(d -> DocumentFiles.expiry(this, d, getLocale())).setHeader(getTranslation("compliance.expiresOn"));
        FoldingColumns.of(documents).addColumn(d -> d.rejectionReason() == null ? "" : d.rejectionReason())
                .setHeader(getTranslation("compliance.rejectionReason"));
        FoldingColumns.of(documents).addColumn(ComplianceDocument::fileName).setHeader(getTranslation("compliance.fileName"));
        documents.getElement().setAttribute("aria-label", getTranslation("compliance.documents"));
        documents.setAllRowsVisible(true);
        documents.addSelectionListener(event -> {
            download.setVisible(event.getFirstSelectedItem().isPresent());
            fileLink.setVisible(false);
        });
        download.setId("compliance-download");
        download.setText(getTranslation("compliance.download"));
        download.setVisible(false);
        download.addClickListener(click -> documents.asSingleSelect().getOptionalValue()
                .ifPresent(document -> DocumentFiles.offer(api, client, document, fileLink)));
        fileLink.setId("compliance-file-link");
        fileLink.setVisible(false);

        visits.setId("compliance-visits");
        FoldingColumns.of(visits).addColumn(v -> Formats.date(v.visitedOn(), getLocale())).setHeader(getTranslation("compliance.visit.date"));
        FoldingColumns.of(visits).addColumn(MonitoringVisit::councilName).setHeader(getTranslation("compliance.visit.council"));
        FoldingColumns.of(visits).addColumn(MonitoringVisit::findings).setHeader(getTranslation("compliance.visit.findings"));
        visits.getElement().setAttribute("aria-label", getTranslation("compliance.visits"));
        visits.setAllRowsVisible(true);
        actions.setId("compliance-actions");
        FoldingColumns.of(actions).addColumn(a -> a.visit().councilName()).setHeader(getTranslation("compliance.visit.council"));
        FoldingColumns.of(actions).addColumn(a -> a.action().description()).setHeader(getTranslation("compliance.action.description"));
        FoldingColumns.of(actions).addColumn(a -> Formats.date(a.action().dueOn(), getLocale())).setHeader(getTranslation("compliance.action.dueOn"));
        FoldingColumns.of(actions).addColumn(a -> getTranslation(a.action().overdue() ? "compliance.action.overdue" : "compliance.action.status."
                + a.action().status())).setHeader(getTranslation("compliance.action.status"));
        FoldingColumns.of(actions).addColumn(a -> a.action().doneNote() == null ? "" : a.action().doneNote())
                .setHeader(getTranslation("compliance.action.note"));
        actions.getElement().setAttribute("aria-label", getTranslation("compliance.actions"));
        actions.setAllRowsVisible(true);
        actions.addSelectionListener(event -> showDone());
        note.setId("compliance-action-note");
        note.setLabel(getTranslation("compliance.action.note"));
        note.setMaxLength(1000);
        markDone.setId("compliance-action-done");
        markDone.setText(getTranslation("compliance.action.markDone"));
        ActionMark.mark(markDone, Capability.KEEP_COMPLIANCE_DOCUMENTS);
        markDone.addClickListener(click -> markDone());
        doneFields.add(note, markDone);
        doneFields.setAlignItems(Alignment.BASELINE);
        doneFields.setVisible(false);

        add(new H2(getTranslation("compliance.title")), new Paragraph(getTranslation("compliance.intro")), gaps,
                new H3(getTranslation("compliance.upload.title")), fields, new Paragraph(getTranslation("compliance.upload.help")), upload,
                file, fileError, send,
                new H3(getTranslation("compliance.documents")), documents, new HorizontalLayout(download, fileLink),
                new H3(getTranslation("compliance.visits")), visits, new H3(getTranslation("compliance.actions")), actions, doneFields);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        provider = user.get().map(signedIn -> signedIn.me().organisation()).map(org -> org.id()).orElse(null);
        refresh();
    }

    private void refresh() {
        if (provider == null) {
            return;
        }
        api.fetch(auth -> client.showProviderCompliance(auth, provider, null)).ifPresent(this::show);
    }

    private void show(ProviderCompliance compliance) {
        gaps.setText(DocumentFiles.gaps(this, compliance));
        documents.setItems(compliance.documents());
        visits.setItems(compliance.visits());
        List<VisitAction> all = new ArrayList<>();
        compliance.visits().forEach(visit -> visit.actions().forEach(action -> all.add(new VisitAction(visit, action))));
        actions.setItems(all);
        download.setVisible(false);
        showDone();
    }

    /** A file chosen in the upload: kept until sent. */
    void choose(String fileName, String mediaType, byte[] content) {
        chosen = new Chosen(fileName, mediaType, content);
        file.setText(getTranslation("compliance.upload.chosen", fileName));
        fileError.setVisible(false);
    }

    private void send() {
        clearErrors();
        boolean complete = true;
        if (type.getValue() == null) {
            type.setInvalid(true);
            type.setErrorMessage(getTranslation("validation.required"));
            complete = false;
        }
        if (chosen == null) {
            showFileError(getTranslation("compliance.upload.none"));
            complete = false;
        }
        if (!complete) {
            return;
        }
        Chosen sending = chosen;
        ComplianceDocumentType chosenType = type.getValue();
        api.fetch(auth -> client.uploadComplianceDocument(auth, sending.mediaType(), chosenType, expires.getValue(), sending.fileName(),
                sending.content()).body(), this::refused).ifPresent(document -> {
            problems.showInfo(getTranslation("compliance.upload.sent", getTranslation("compliance.type." + document.type())));
            chosen = null;
            file.setText("");
            type.clear();
            expires.clear();
            refresh();
        });
    }

    /** A refusal's field errors next to their fields: type, expiry date, or the file; any other as a message. */
    private void refused(Problem problem) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            problems.show(problem);
            return;
        }
        for (Problem.FieldError error : problem.errors()) {
            switch (error.field()) {
                case "type" -> {
                    type.setInvalid(true);
                    type.setErrorMessage(error.message());
                }
                case "expiresOn" -> {
                    expires.setInvalid(true);
                    expires.setErrorMessage(error.message());
                }
                default -> showFileError(error.message());
            }
        }
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private void clearErrors() {
        type.setInvalid(false);
        expires.setInvalid(false);
        fileError.setVisible(false);
    }

    private void showDone() {
        boolean may = actions.asSingleSelect().getOptionalValue()
                .map(a -> a.action().allowed().contains(MonitoringActionStep.MARK_DONE)).orElse(false);
        doneFields.setVisible(may);
    }

    private void markDone() {
        VisitAction selected = actions.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        if (note.getValue().isBlank()) {
            note.setInvalid(true);
            note.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        note.setInvalid(false);
        api.fetch(auth -> client.completeMonitoringAction(auth, selected.action().id(), new ActionCompletion(note.getValue())), problem -> {
            if (problem.errors() != null && !problem.errors().isEmpty()) {
                note.setInvalid(true);
                note.setErrorMessage(problem.errors().getFirst().message());
            } else {
                problems.show(problem);
            }
        }).ifPresent(done -> {
            note.clear();
            problems.showInfo(getTranslation("compliance.action.marked"));
            refresh();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.title");
    }
}
