package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * A statement of every movement in a period, as a CSV file for a spreadsheet or as a printable PDF, both in the
 * page's language. Each button reads the statement with the person's token (so a problem is told like any
 * other); the file is then downloaded, and a link to it stays for whoever's browser did not start the download
 * by itself.
 */
final class StatementPanel extends VerticalLayout {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String PDF = "application/pdf";

    private final transient HoursBankClient client;
    private final transient ApiCaller api;
    private final transient Clock clock;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Anchor file = new Anchor();
    private UUID personId;

    StatementPanel(HoursBankClient client, ApiCaller api, Clock clock) {
        this.client = client;
        this.api = api;
        this.clock = clock;
        setId("statement");
        setPadding(false);
        from.setId("statement-from");
        from.setLabel(getTranslation("statement.from"));
        to.setId("statement-to");
        to.setLabel(getTranslation("statement.to"));
        var csv = new Button(getTranslation("statement.download"), VaadinIcon.DOWNLOAD.create(), click -> download(false));
        csv.setId("statement-download");
        var pdf = new Button(getTranslation("statement.download.pdf"), VaadinIcon.PRINT.create(), click -> download(true));
        pdf.setId("statement-download-pdf");
        file.setId("statement-file");
        file.setVisible(false);
        var period = new HorizontalLayout(from, to);
        period.setWrap(true);
        period.setAlignItems(Alignment.BASELINE);
        var downloads = new HorizontalLayout(csv, pdf);
        downloads.setWrap(true);
        var formats = new Paragraph(getTranslation("statement.formats"));
        formats.setId("statement-formats");
        add(new H3(getTranslation("statement.title")), formats, period, downloads, file);
    }

    void forPerson(UUID person) {
        personId = person;
        LocalDate today = UkTime.today(clock);
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);
        file.setVisible(false);
    }

    static String fileName(LocalDate from, LocalDate to) {
        return fileName(from, to, "csv");
    }

    static String fileName(LocalDate from, LocalDate to, String extension) {
        return "hours-statement-" + from + "-" + to + "." + extension;
    }

    private void download(boolean printable) {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        from.setInvalid(first == null);
        to.setInvalid(last == null || first != null && last.isBefore(first));
        if (first == null || last == null || last.isBefore(first)) {
            from.setErrorMessage(getTranslation("validation.required"));
            to.setErrorMessage(getTranslation(last == null ? "validation.required" : "statement.order"));
            return;
        }
        UUID person = personId;
        if (printable) {
            api.fetch(auth -> client.downloadPrintableStatement(auth, person, first, last).body())
                    .ifPresent(pdf -> offer(fileName(first, last, "pdf"), pdf, PDF));
        } else {
            api.fetch(auth -> client.downloadStatement(auth, person, first, last).body())
                    .ifPresent(csv -> offer(fileName(first, last), csv.getBytes(StandardCharsets.UTF_8), CSV));
        }
    }

    private void offer(String name, byte[] bytes, String type) {
        file.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length)), AttachmentType.DOWNLOAD);
        file.setText(getTranslation("statement.link", name));
        file.setVisible(true);
        file.getElement().executeJs("this.click()");
    }
}
