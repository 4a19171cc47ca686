package uk.homecare.portal.ui.quality;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.quality.ImportedChange;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.quality.RatingsImportReport;
import uk.homecare.portal.ui.client.QualityClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The platform administrator imports a regulator's ratings file (CQC's or CIW's CSV): the page says what changed and
 * lists the flagged locations of the portal's providers (new, changed, withdrawn), or, for a file refused whole, every
 * row at fault with its line, column and why.
 */
@Prototype
@RolesAllowed("PLATFORM_ADMIN")
@Route(value = "ratings-import", layout = MainLayout.class)
public class RatingsImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MOST_BYTES = 10 * 1024 * 1024;

    private final transient QualityClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Paragraph result = new Paragraph();
    private final Grid<ImportedChange> flagged = new Grid<>();
    private final Grid<Problem.FieldError> faults = new Grid<>();

    RatingsImportView(QualityClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("ratings-import");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> importFile(bytes)))));
        upload.setId("ratings-upload");
        var choose = new Button(getTranslation("ratings.upload.button"));
        choose.setId("ratings-upload-button");
        ActionMark.mark(choose, Capability.IMPORT_RATINGS);
        upload.setUploadButton(choose);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MOST_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        result.setId("ratings-result");
        result.getElement().setAttribute("role", "status");

        flagged.setId("ratings-flagged");
        FoldingColumns.of(flagged).addColumn(c -> getTranslation("ratings.kind." + c.kind().name())).setHeader(getTranslation("ratings.kind"))
                .setAutoWidth(true);
        FoldingColumns.of(flagged).addColumn(c -> c.provider() == null ? c.regulatorProviderId() : c.provider().name())
                .setHeader(getTranslation("quality.provider")).setFlexGrow(1);
        FoldingColumns.of(flagged).addColumn(c -> c.locationName() + " (" + c.locationId() + ")").setHeader(getTranslation("ratings.location"))
                .setFlexGrow(1);
        FoldingColumns.of(flagged).addColumn(c -> getTranslation("ratings.change", words(c.from()), words(c.to())))
                .setHeader(getTranslation("quality.rating")).setAutoWidth(true);
        flagged.setAllRowsVisible(true);
        flagged.setVisible(false);

        faults.setId("ratings-faults");
        FoldingColumns.of(faults).addColumn(Problem.FieldError::field).setHeader(getTranslation("ratings.fault.where")).setAutoWidth(true);
        FoldingColumns.of(faults).addColumn(Problem.FieldError::message).setHeader(getTranslation("ratings.fault.why")).setFlexGrow(1);
        faults.setAllRowsVisible(true);
        faults.getElement().setAttribute("aria-label", getTranslation("ratings.faults"));
        faults.setVisible(false);

        add(new H2(getTranslation("ratings.title")), new Paragraph(getTranslation("ratings.help")), upload, result,
                new H3(getTranslation("ratings.flagged")), flagged, faults);
    }

    /** Sends an uploaded file and shows what became of it: imported, imported before, or refused whole with every row at fault. */
    void importFile(byte[] file) {
        faults.setVisible(false);
        api.fetch(auth -> client.importRatings(auth, file).body(), this::refused).ifPresent(this::show);
    }

    private void refused(Problem problem) {
        List<Problem.FieldError> rows = problem.errors() == null ? List.of() : problem.errors();
        if (rows.isEmpty()) {
            problems.show(problem);
            return;
        }
        result.setText(problem.detail());
        faults.setItems(rows);
        faults.setVisible(true);
        flagged.setVisible(false);
    }

    private void show(RatingsImportReport report) {
        String text = getTranslation(report.alreadyImported() ? "ratings.already" : "ratings.imported", report.regulator().name(),
                report.newLocations(), report.changedLocations(), report.withdrawnLocations(), report.unchangedLocations());
        result.setText(text);
        flagged.setItems(report.flagged());
        flagged.setVisible(true);
        problems.showInfo(text);
    }

    private String words(@Nullable Rating rating) {
        return rating == null ? "—" : getTranslation("quality.rating." + rating.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ratings.title");
    }
}
