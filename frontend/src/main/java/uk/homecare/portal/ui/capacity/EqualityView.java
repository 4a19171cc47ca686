package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.equality.EqualityOperations;
import uk.homecare.portal.api.equality.EqualityReport;
import uk.homecare.portal.api.equality.EqualityRow;
import uk.homecare.portal.api.equality.EqualityTable;
import uk.homecare.portal.api.equality.Figure;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.capacity.KpiTables.Row;
import uk.homecare.portal.ui.client.EqualityClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The council's equality monitoring report, for commissioners only: for the packages first published in a period, the
 * council's whole population and then a table for each protected characteristic and for urban or rural zones, every
 * table starting with the population's row to compare against. Small numbers read "&lt;5", withheld ones "*"; the
 * numbers are tables (no charts), so a screen reader reads them as they are. Each view is audited by the API.
 */
@Prototype
@RolesAllowed({"COMMISSIONER"})
@Route(value = "equality", layout = MainLayout.class)
public class EqualityView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient EqualityClient client;
    private final transient ApiCaller api;
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final Paragraph about = new Paragraph();
    private final Anchor file = new Anchor();
    private final VerticalLayout figures = new VerticalLayout();

    EqualityView(EqualityClient client, ApiCaller api, Clock clock) {
        this.client = client;
        this.api = api;
        setId("equality-report");
        LocalDate today = UkTime.today(clock);
        first.setId("equality-from");
        first.setLabel(getTranslation("kpis.from"));
        first.setValue(today.minusDays(EqualityOperations.DEFAULT_DAYS - 1L));
        last.setId("equality-to");
        last.setLabel(getTranslation("kpis.to"));
        last.setValue(today);
        var show = ActionMark.mark(new Button(getTranslation("kpis.show"), VaadinIcon.REFRESH.create(), click -> refresh()),
                Capability.READ_EQUALITY_REPORT);
        show.setId("equality-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var csv = ActionMark.mark(new Button(getTranslation("kpis.export.csv"), VaadinIcon.DOWNLOAD.create(), click -> exportCsv()),
                Capability.READ_EQUALITY_REPORT);
        csv.setId("equality-csv");
        var fields = new HorizontalLayout(first, last, show, csv);
        fields.setWrap(true);
        fields.setAlignItems(Alignment.BASELINE);
        file.setId("equality-file");
        file.setVisible(false);
        about.setId("equality-about");
        about.getElement().setAttribute("role", "status");
        figures.setId("equality-figures");
        figures.setPadding(false);
        add(new H2(getTranslation("equality.report.title")), new Paragraph(getTranslation("equality.report.intro")),
                new Paragraph(getTranslation("equality.report.key")), fields, about, file, figures);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private LocalDate[] period() {
        LocalDate from = first.getValue();
        LocalDate to = last.getValue();
        first.setInvalid(from == null);
        first.setErrorMessage(from == null ? getTranslation("validation.required") : null);
        boolean lastWrong = to == null || from != null && to.isBefore(from);
        last.setInvalid(lastWrong);
        last.setErrorMessage(to == null ? getTranslation("validation.required") : lastWrong ? getTranslation("kpis.order") : null);
        return from == null || lastWrong ? null : new LocalDate[] {from, to.plusDays(1)};
    }

    void refresh() {
        LocalDate[] period = period();
        if (period != null) {
            api.fetch(auth -> client.showEqualityReport(auth, period[0], period[1])).ifPresent(this::show);
        }
    }

    private void exportCsv() {
        LocalDate[] period = period();
        if (period == null) {
            return;
        }
        api.fetch(auth -> client.exportEqualityCsv(auth, period[0], period[1]).body()).ifPresent(csv -> {
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            String name = "equality-" + period[0] + "-" + period[1].minusDays(1) + ".csv";
            file.setHref(DownloadHandler.fromInputStream(event ->
                    new DownloadResponse(new ByteArrayInputStream(bytes), name, KpisView.CSV, bytes.length)), AttachmentType.DOWNLOAD);
            file.setText(getTranslation("kpis.export.link", name));
            file.setVisible(true);
            file.getElement().executeJs("this.click()");
        });
    }

    private void show(EqualityReport report) {
        about.setText(getTranslation("kpis.for", report.council().name(), Figures.day(this, report.from()),
                Figures.day(this, report.to().minusDays(1))));
        figures.removeAll();
        for (EqualityTable table : report.tables()) {
            String caption = getTranslation("equality.by." + table.by().name());
            List<Row> rows = new ArrayList<>();
            rows.add(row(getTranslation("equality.population"), report.population()));
            table.rows().forEach(row -> rows.add(row(getTranslation("equality.answer." + row.group()), row)));
            var grid = KpiTables.grid(this, "equality-" + table.by().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), caption,
                    List.of(getTranslation("equality.column.group"), getTranslation("equality.column.people"),
                            getTranslation("equality.column.packages"), getTranslation("equality.column.awarded"),
                            getTranslation("equality.column.median"), getTranslation("equality.column.unallocated"),
                            getTranslation("equality.column.unallocatedPercent"), getTranslation("equality.column.handedBack")));
            grid.setItems(rows);
            figures.add(new H3(caption), grid);
        }
    }

    private Row row(String name, EqualityRow row) {
        return Row.of(name, count(row.people()), count(row.packages()), count(row.awarded()), median(row.medianMinutesToAward()),
                count(row.unallocated()), percent(row.unallocatedPercent()), count(row.handedBack()));
    }

    /** "<5", "*", or the number; "n/a" when there is nothing to measure. */
    private String count(Figure figure) {
        return switch (figure.suppression()) {
            case SMALL -> getTranslation("equality.small");
            case SECONDARY, DERIVED -> getTranslation("equality.withheld");
            case NONE -> figure.value() == null ? getTranslation("kpis.notApplicable") : Figures.number(figure.value());
        };
    }

    private String median(Figure figure) {
        return figure.withheld() || figure.value() == null ? count(figure) : Figures.hours(this, figure.value());
    }

    private String percent(Figure figure) {
        return figure.withheld() || figure.value() == null ? count(figure) : getTranslation("kpis.percent", Figures.number(figure.value()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("equality.report.title");
    }
}
