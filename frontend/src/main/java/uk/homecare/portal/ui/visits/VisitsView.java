package uk.homecare.portal.ui.visits;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.visits.EcmImportReport;
import uk.homecare.portal.api.visits.RefusedRow;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.client.VisitClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The provider's visits: record what was delivered on one visit of a package it holds, or upload an ECM export
 * (docs/ecm-import.md); a file with refused rows imports nothing and lists every refused row with its line.
 */
@Prototype
@RolesAllowed("PROVIDER")
@Route(value = "visits", layout = MainLayout.class)
public class VisitsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    /** The largest file the page takes, as the API does. */
    static final int MOST_BYTES = 10 * 1024 * 1024;

    private final transient VisitClient client;
    private final transient BrokerageClient packages;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final ComboBox<CarePackage> carePackage = new ComboBox<>();
    private final RecordForm<VisitEntry> form;
    private final Paragraph result = new Paragraph();
    private final Paragraph importResult = new Paragraph();
    private final Grid<RefusedRow> refused = new Grid<>();

    VisitsView(VisitClient client, BrokerageClient packages, ApiCaller api, Problems problems, Clock clock) {
        this.client = client;
        this.packages = packages;
        this.api = api;
        this.problems = problems;
        setId("visits");

        carePackage.setId("visit-package");
        carePackage.setLabel(getTranslation("visits.package"));
        carePackage.setItemLabelGenerator(CarePackage::reference);
        carePackage.setRequiredIndicatorVisible(true);
        var date = new DatePicker(getTranslation("visits.visitDate"));
        date.setId("visit-date");
        date.setMax(UkTime.today(clock));
        var plannedStart = time("visit-planned-start", "visits.plannedStart");
        var plannedEnd = time("visit-planned-end", "visits.plannedEnd");
        var actualStart = time("visit-actual-start", "visits.actualStart");
        var actualEnd = time("visit-actual-end", "visits.actualEnd");
        actualStart.setHelperText(getTranslation("visits.actual.help"));
        var carers = new IntegerField(getTranslation("visits.carersPresent"));
        carers.setId("visit-carers");
        carers.setMin(0);
        carers.setMax(VisitForm.MOST_CARERS);
        carers.setStepButtonsVisible(true);
        var missed = new Checkbox(getTranslation("visits.missed"));
        missed.setId("visit-missed");
        var reason = new Select<VarianceReason>();
        reason.setId("visit-reason");
        reason.setLabel(getTranslation("visits.varianceReason"));
        reason.setItems(VarianceReason.values());
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(getTranslation("visits.reason.none"));
        reason.setItemLabelGenerator(r -> r == null ? getTranslation("visits.reason.none") : getTranslation("visits.reason." + r.name()));
        reason.setHelperText(getTranslation("visits.varianceReason.help", VisitForm.TOLERANCE_MINUTES));
        var note = new TextArea(getTranslation("visits.varianceNote"));
        note.setId("visit-note");
        note.setMaxLength(VisitForm.NOTE_MAX_LENGTH);

        form = new RecordForm<>("visit-form", VisitEntry.class, "visits.record", "visits.submit", this::record);
        form.with(carePackage, date, plannedStart, plannedEnd, actualStart, actualEnd, carers, missed, reason, note);
        ActionMark.mark(form.button(), Capability.RECORD_VISITS);
        var binder = form.binder();
        binder.forField(date).asRequired(getTranslation("validation.required")).bind("visitDate");
        binder.forField(plannedStart).asRequired(getTranslation("validation.required")).bind("plannedStart");
        binder.forField(plannedEnd).asRequired(getTranslation("validation.required")).bind("plannedEnd");
        binder.forField(actualStart).bind("actualStart");
        binder.forField(actualEnd).bind("actualEnd");
        binder.forField(carers).asRequired(getTranslation("validation.required")).bind("carersPresent");
        binder.forField(missed).bind("missed");
        binder.forField(reason).bind("varianceReason");
        binder.forField(note).withNullRepresentation("").bind("varianceNote");
        binder.readRecord(new VisitEntry(UkTime.today(clock).minusDays(1), null, null, null, null, 1, false, null, null));
        result.setId("visit-result");
        result.getElement().setAttribute("role", "status");

        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> importFile(bytes)))));
        upload.setId("visit-upload");
        var choose = new Button(getTranslation("visits.upload.button"));
        choose.setId("visit-upload-button");
        ActionMark.mark(choose, Capability.RECORD_VISITS);
        upload.setUploadButton(choose);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MOST_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        importResult.setId("visit-import-result");
        importResult.getElement().setAttribute("role", "status");
        refused.setId("visit-refused-rows");
        FoldingColumns.of(refused).addColumn(RefusedRow::line).setHeader(getTranslation("visits.refused.line")).setAutoWidth(true);
        FoldingColumns.of(refused).addColumn(RefusedRow::column).setHeader(getTranslation("visits.refused.column")).setAutoWidth(true);
        FoldingColumns.of(refused).addColumn(RefusedRow::reason).setHeader(getTranslation("visits.refused.reason")).setFlexGrow(1);
        refused.setAllRowsVisible(true);
        refused.getElement().setAttribute("aria-label", getTranslation("visits.refused.title"));
        refused.setVisible(false);

        add(new H2(getTranslation("visits.title")), form, result, new H3(getTranslation("visits.upload.title")),
                new Paragraph(getTranslation("visits.upload.help")), upload, importResult, refused);
    }

    private TimePicker time(String id, String key) {
        var picker = new TimePicker(getTranslation(key));
        picker.setId(id);
        picker.setStep(Duration.ofMinutes(5));
        return picker;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(packages::listCarePackages).ifPresent(held ->
                carePackage.setItems(held.stream().filter(p -> p.status() == PackageStatus.AWARDED).toList()));
    }

    private void record(VisitEntry entry) {
        VisitForm visit = entry.form();
        CarePackage chosen = carePackage.getValue();
        if (chosen == null) {
            carePackage.setInvalid(true);
            carePackage.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        carePackage.setInvalid(false);
        api.submit(auth -> client.recordVisit(auth, chosen.id(), visit).body(), form.binder()).ifPresent(done -> {
            String text = getTranslation("visits.recorded", done.packageReference(), done.visitDate().toString(), done.plannedStart().toString());
            result.setText(text);
            problems.showInfo(text);
        });
    }

    /** Sends an uploaded file and shows what became of it: imported, imported before, or every refused row. */
    void importFile(byte[] file) {
        api.fetch(auth -> {
            try {
                return client.importEcmFile(auth, file).body();
            } catch (HttpClientResponseException e) {
                if (e.getStatus() == HttpStatus.UNPROCESSABLE_ENTITY) {
                    return e.getResponse().getBody(EcmImportReport.class).orElseThrow(() -> e);
                }
                throw e;
            }
        }).ifPresent(this::show);
    }

    private void show(EcmImportReport report) {
        List<RefusedRow> rows = report.refusedRows() == null ? List.of() : report.refusedRows();
        String text = report.alreadyImported() ? getTranslation("visits.upload.already", report.rowsImported())
                : report.imported() ? getTranslation("visits.upload.imported", report.rowsImported())
                : getTranslation("visits.upload.refused", rows.size(), report.rowsRead());
        importResult.setText(text);
        refused.setItems(rows);
        refused.setVisible(!rows.isEmpty());
        if (report.imported()) {
            problems.showInfo(text);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visits.title");
    }

}
