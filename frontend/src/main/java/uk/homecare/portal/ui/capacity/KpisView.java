package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.kpis.KpiOperations;
import uk.homecare.portal.api.kpis.KpiReport;
import uk.homecare.portal.ui.client.KpiClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The council's key performance indicators for a period and, if chosen, one zone, lot, provider or urgency: tables of every figure,
 * charts of the time to award and of what is waiting (each with its numbers as a table), and the same figures to download
 * as CSV or as a spreadsheet. The period is chosen as a first and last day; the API is asked for {@code [first, last + 1)}.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "kpis", layout = MainLayout.class)
public class KpisView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    static final String CSV = "text/csv;charset=UTF-8";

    private final transient KpiClient client;
    private final transient ApiCaller api;
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final ComboBox<NamedRef> zone = new ComboBox<>();
    private final ComboBox<NamedRef> lot = new ComboBox<>();
    private final ComboBox<NamedRef> provider = new ComboBox<>();
    private final ComboBox<Urgency> urgency = new ComboBox<>();
    private final Paragraph about = new Paragraph();
    private final Anchor file = new Anchor();
    private final VerticalLayout figures = new VerticalLayout();

    KpisView(KpiClient client, ApiCaller api, Clock clock) {
        this.client = client;
        this.api = api;
        setId("kpis");
        LocalDate today = UkTime.today(clock);
        first.setId("kpis-from");
        first.setLabel(getTranslation("kpis.from"));
        first.setValue(today.minusDays(KpiOperations.DEFAULT_DAYS - 1L));
        last.setId("kpis-to");
        last.setLabel(getTranslation("kpis.to"));
        last.setValue(today);
        choice(zone, "kpis-zone", "kpis.zone");
        choice(lot, "kpis-lot", "kpis.lot");
        choice(provider, "kpis-provider", "kpis.provider");
        urgency.setId("kpis-urgency");
        urgency.setLabel(getTranslation("kpis.urgency"));
        urgency.setPlaceholder(getTranslation("kpis.all"));
        urgency.setClearButtonVisible(true);
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(value -> getTranslation("urgency." + value.name()));
        var show = ActionMark.mark(new Button(getTranslation("kpis.show"), VaadinIcon.REFRESH.create(), click -> refresh()),
                Capability.READ_KPIS);
        show.setId("kpis-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new HorizontalLayout(first, last, zone, lot, provider, urgency, show);
        fields.setWrap(true);
        fields.setAlignItems(Alignment.BASELINE);
        var csv = ActionMark.mark(new Button(getTranslation("kpis.export.csv"), VaadinIcon.DOWNLOAD.create(), click -> exportCsv()),
                Capability.READ_KPIS);
        csv.setId("kpis-csv");
        var xlsx = ActionMark.mark(new Button(getTranslation("kpis.export.xlsx"), VaadinIcon.FILE_TABLE.create(), click -> exportXlsx()),
                Capability.READ_KPIS);
        xlsx.setId("kpis-xlsx");
        var exports = new HorizontalLayout(csv, xlsx);
        exports.setWrap(true);
        file.setId("kpis-file");
        file.setVisible(false);
        about.setId("kpis-about");
        about.getElement().setAttribute("role", "status");
        figures.setId("kpis-figures");
        figures.setPadding(false);
        add(new H2(getTranslation("kpis.title")), new Paragraph(getTranslation("kpis.intro")), fields, about, exports, file, figures);
    }

    private void choice(ComboBox<NamedRef> box, String id, String labelKey) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setPlaceholder(getTranslation("kpis.all"));
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(NamedRef::name);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** The period asked for, {@code [first, last + 1)}, or null (with the error next to the field) when it is not a period. */
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

    private static UUID id(ComboBox<NamedRef> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    void refresh() {
        LocalDate[] period = period();
        if (period == null) {
            return;
        }
        api.fetch(auth -> client.showKpis(auth, period[0], period[1], id(zone), id(lot), id(provider), urgency.getValue())).ifPresent(this::show);
    }

    private void exportCsv() {
        LocalDate[] period = period();
        if (period != null) {
            api.fetch(auth -> client.exportKpisCsv(auth, period[0], period[1], id(zone), id(lot), id(provider), urgency.getValue()).body())
                    .ifPresent(csv -> offer(fileName(period, "csv"), csv.getBytes(StandardCharsets.UTF_8), CSV));
        }
    }

    private void exportXlsx() {
        LocalDate[] period = period();
        if (period != null) {
            api.fetch(auth -> client.exportKpisXlsx(auth, period[0], period[1], id(zone), id(lot), id(provider), urgency.getValue()).body())
                    .ifPresent(xlsx -> offer(fileName(period, "xlsx"), xlsx, KpiOperations.XLSX));
        }
    }

    static String fileName(LocalDate[] period, String extension) {
        return "kpis-" + period[0] + "-" + period[1].minusDays(1) + "." + extension;
    }

    private void offer(String name, byte[] bytes, String type) {
        file.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length)), AttachmentType.DOWNLOAD);
        file.setText(getTranslation("kpis.export.link", name));
        file.setVisible(true);
        file.getElement().executeJs("this.click()");
    }

    private void show(KpiReport report) {
        keepChoices(zone, report.zones());
        keepChoices(lot, report.lots());
        keepChoices(provider, report.providers());
        List<String> only = new ArrayList<>();
        for (NamedRef chosen : new NamedRef[] {report.zone(), report.lot(), report.provider()}) {
            if (chosen != null) {
                only.add(chosen.name());
            }
        }
        if (report.urgency() != null) {
            only.add(getTranslation("urgency." + report.urgency().name()));
        }
        String period = getTranslation("kpis.for", report.council().name(), Figures.day(this, report.from()),
                Figures.day(this, report.to().minusDays(1)));
        about.setText(only.isEmpty() ? period : period + " " + getTranslation("kpis.only", String.join(", ", only)));
        figures.removeAll();
        KpiSections sections = new KpiSections(this, report);
        figures.add(new H3(getTranslation("kpis.summary.title")), sections.summary(),
                new H3(getTranslation("kpis.time.title")), sections.timeToAward(), sections.timeChart(),
                new H3(getTranslation("kpis.waiting.title")), sections.waiting(), sections.waitingChart(),
                new H3(getTranslation("kpis.declines.title")), sections.declines(),
                new H3(getTranslation("kpis.visits.title")), sections.visits(),
                new H3(getTranslation("kpis.delivery.title")), sections.delivery(),
                new H3(getTranslation("kpis.chc.title")), sections.chc(),
                new H3(getTranslation("kpis.capacity.title")), sections.capacity());
    }

    /** The council's records to filter by, keeping what is chosen. */
    private static void keepChoices(ComboBox<NamedRef> box, List<NamedRef> choices) {
        NamedRef chosen = box.getValue();
        box.setItems(choices == null ? List.of() : choices);
        if (chosen != null && choices != null) {
            choices.stream().filter(choice -> choice.id().equals(chosen.id())).findFirst().ifPresent(box::setValue);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kpis.title");
    }
}
