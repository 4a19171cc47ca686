package uk.homecare.portal.hoursbank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.TaggedPages;
import uk.homecare.portal.platform.problem.Problems;

/**
 * A statement of hours as a printable PDF (A4), in the statement's language and in hours and minutes as people
 * write them: who and which council, the period, the balance at the start, a table of every movement (date,
 * what it was, hours in, hours out), the balance at the end, and what will expire and when. Its text is set in
 * DejaVu Sans, embedded, since the PDF standard fonts cannot write Welsh letters such as ŵ and ŷ. The PDF is
 * tagged (headings, paragraphs, a table with header cells), says its language and shows its title, for screen
 * readers.
 */
final class StatementPdf {

    private static final float[] COLUMNS = {72, 179, 88, 88, 88};
    private static final float BODY = 10;
    private static final float TABLE = 8.5f;

    private StatementPdf() {}

    static byte[] write(Statement statement) {
        try (PDDocument document = new PDDocument()) {
            new Pages(document, statement.language()).write(statement);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes pages top to bottom, each piece of text marked as the content of its element in the structure tree. */
    private static final class Pages extends TaggedPages {

        private final DateTimeFormatter day;
        private List<String> header = List.of();

        Pages(PDDocument document, Locale language) throws IOException {
            super(document, language);
            this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", language);
        }

        void write(Statement statement) throws IOException {
            String title = Problems.message("statement.pdf.title");
            newPage();
            paragraph(body, StandardStructureTypes.H1, title, bold, 18, 8);
            paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.person", statement.person()), regular, BODY, 2);
            paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.council", statement.council()), regular, BODY, 2);
            paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.period", day(statement.from()), day(statement.to())),
                    regular, BODY, 8);
            paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.opening", day(statement.from()),
                    HoursInWords.of(statement.opening())), bold, BODY, 10);

            paragraph(body, StandardStructureTypes.H2, Problems.message("statement.pdf.movements"), bold, 13, 6);
            if (statement.movements().isEmpty()) {
                paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.none"), regular, BODY, 10);
            } else {
                var table = element(body, StandardStructureTypes.TABLE);
                header = List.of(Problems.message("statement.pdf.column.date"), Problems.message("statement.pdf.column.what"),
                        Problems.message("statement.pdf.column.in"), Problems.message("statement.pdf.column.out"),
                        Problems.message("statement.pdf.column.balance"));
                row(table, header, StandardStructureTypes.TH, bold);
                int balance = statement.opening();
                for (Statement.Movement movement : statement.movements()) {
                    balance += movement.minutes();
                    row(table, List.of(when(movement), what(movement), Statements.in(movement.minutes()), Statements.out(movement.minutes()),
                            HoursInWords.of(balance)), StandardStructureTypes.TD, regular);
                }
                header = List.of();
                y -= 10;
            }
            paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.closing", day(statement.to()),
                    HoursInWords.of(statement.closing())), bold, BODY, 14);

            paragraph(body, StandardStructureTypes.H2, Problems.message("statement.pdf.expiry"), bold, 13, 6);
            paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.expiry.rule"), regular, BODY, 6);
            if (statement.expiring().isEmpty()) {
                paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.expires.none"), regular, BODY, 4);
            }
            for (Statement.Expiring expiring : statement.expiring()) {
                paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.expires", HoursInWords.of(expiring.minutes()),
                        day(expiring.lastDay()), day(expiring.weekOf())), regular, BODY, 4);
            }
            y -= 10;
            paragraph(body, StandardStructureTypes.P, Problems.message("statement.pdf.made", day(statement.today())), regular, TABLE, 0);
            if (content != null) {
                content.close();
            }
            footers(statement.person() + " \u2014 " + title, "statement.pdf.page");
            finish(title);
        }
        private String day(LocalDate date) {
            return day.format(date);
        }

        private String when(Statement.Movement movement) {
            ZonedDateTime at = ZonedDateTime.ofInstant(movement.at(), UkTime.ZONE);
            return DateTimeFormatter.ofPattern("d MMM yyyy", language).format(at) + "\n" + DateTimeFormatter.ofPattern("HH:mm").format(at);
        }

        private String what(Statement.Movement movement) {
            String kind = Statements.kind(movement.kind());
            String what = movement.sessionDate() != null
                    ? Problems.message("statement.pdf.session", kind, day(movement.sessionDate()))
                    : Problems.message("statement.pdf.week", kind, day(movement.weekOf()));
            String by = Statements.by(movement);
            return by == null || by.isBlank() ? what : what + "\n" + Problems.message("statement.pdf.by", by);
        }
        /** A table row, its cells side by side; a row that does not fit starts a new page, which repeats the header row (as decoration). */
        private void row(PDStructureElement table, List<String> cells, String cellType, PDFont font) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                wrapped.add(wrap(cells.get(i), font, TABLE, COLUMNS[i] - 6));
            }
            float leading = TABLE * 1.35f;
            float height = wrapped.stream().mapToInt(List::size).max().orElse(1) * leading + 6;
            if (y - height < MARGIN) {
                newPage();
                if (!header.isEmpty() && !cellType.equals(StandardStructureTypes.TH)) {
                    repeatHeader(leading);
                }
            }
            var row = element(table, StandardStructureTypes.TR);
            float x = MARGIN;
            for (int i = 0; i < wrapped.size(); i++) {
                marked(element(row, cellType), cellType, wrapped.get(i), font, TABLE, x, y);
                x += COLUMNS[i];
            }
            y -= height;
            rule();
        }

        private void repeatHeader(float leading) throws IOException {
            content.beginMarkedContent(COSName.ARTIFACT);
            float x = MARGIN;
            for (int i = 0; i < header.size(); i++) {
                lines(wrap(header.get(i), bold, TABLE, COLUMNS[i] - 6), bold, TABLE, x, y);
                x += COLUMNS[i];
            }
            content.endMarkedContent();
            y -= leading + 6;
            rule();
        }

        /** A thin line under a row: decoration, so an artifact. */
        private void rule() throws IOException {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y + 3);
            content.lineTo(MARGIN + WIDTH, y + 3);
            content.stroke();
            content.endMarkedContent();
        }
    }
}
