package uk.homecare.portal.outcomes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.outcomes.OutcomeLine;
import uk.homecare.portal.api.outcomes.OutcomeNote;
import uk.homecare.portal.api.outcomes.OutcomeReport;
import uk.homecare.portal.api.outcomes.OutcomeSeries;
import uk.homecare.portal.platform.TaggedPages;
import uk.homecare.portal.platform.problem.Problems;

/**
 * The outcomes report as a printable PDF (A4) for committee, in the caller's language: the council and period, which
 * snapshots are compared, a chart of each headline figure month by month (bars for counts, a line for the time to award)
 * with its values written out beside it as text (the chart's alternative, read by screen readers and kept in print), a
 * table of every figure first month against last with the change, and the commissioners' notes. Set in DejaVu Sans,
 * embedded (Welsh letters such as ŵ and ŷ), tagged (headings, paragraphs, figures with alternative text, a table with
 * header cells), with its language and title set, as the hours statement is.
 */
final class OutcomeReportPdf {

    private static final float[] COLUMNS = {275, 80, 80, 80};
    private static final float BODY = 10;
    private static final float TABLE = 8.5f;
    private static final float CHART_HEIGHT = 110;

    private OutcomeReportPdf() {}

    static byte[] write(OutcomeReport report, Locale language, LocalDate today) {
        try (PDDocument document = new PDDocument()) {
            new Pages(document, language).write(report, today);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words for a figure's line: its section, measure and group, as the KPI export names them. */
    static String figureName(String section, String measure, String by, String group) {
        String name = section.replace('_', ' ') + ": " + measure.replace('_', ' ');
        return group.isBlank() ? name : name + " (" + by.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + group + ")";
    }

    /** Writes pages top to bottom, each piece of text marked as the content of its element in the structure tree. */
    private static final class Pages extends TaggedPages {

        private final DateTimeFormatter monthFormat;
        private final NumberFormat numbers;

        Pages(PDDocument document, Locale language) throws IOException {
            super(document, language);
            this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", language);
            this.numbers = NumberFormat.getIntegerInstance(Locale.UK);
        }

        void write(OutcomeReport report, LocalDate today) throws IOException {
            String title = Problems.message("outcomes.pdf.title");
            newPage();
            paragraph(body, StandardStructureTypes.H1, title, bold, 18, 8);
            paragraph(body, StandardStructureTypes.P, Problems.message("outcomes.pdf.council", report.council().nameIn(language)),
                    regular, BODY, 2);
            paragraph(body, StandardStructureTypes.P, Problems.message("outcomes.pdf.period", month(report.from()), month(report.to())),
                    regular, BODY, 2);
            if (report.firstMonth() == null || report.lastMonth() == null) {
                paragraph(body, StandardStructureTypes.P, Problems.message("outcomes.pdf.no-snapshots"), bold, BODY, 10);
            } else {
                paragraph(body, StandardStructureTypes.P, Problems.message("outcomes.pdf.compared", month(report.firstMonth()),
                        month(report.lastMonth()), report.months().size()), bold, BODY, 2);
                paragraph(body, StandardStructureTypes.P, Problems.message("outcomes.pdf.as-taken"), regular, BODY, 10);
                paragraph(body, StandardStructureTypes.H2, Problems.message("outcomes.pdf.charts"), bold, 13, 6);
                for (int i = 0; i < report.series().size(); i++) {
                    chart(report, report.series().get(i), OutcomeReports.HEADLINES.get(i).line());
                }
                paragraph(body, StandardStructureTypes.H2, Problems.message("outcomes.pdf.figures"), bold, 13, 6);
                var table = element(body, StandardStructureTypes.TABLE);
                row(table, List.of(Problems.message("outcomes.pdf.column.figure"), month(report.firstMonth()), month(report.lastMonth()),
                        Problems.message("outcomes.pdf.column.change")), StandardStructureTypes.TH, bold);
                for (OutcomeLine line : report.lines()) {
                    row(table, List.of(figureName(line.section(), line.measure(), line.by(), line.group()), number(line.first()),
                            number(line.last()), change(line.change())), StandardStructureTypes.TD, regular);
                }
                y -= 10;
            }
            paragraph(body, StandardStructureTypes.H2, Problems.message("outcomes.pdf.notes"), bold, 13, 6);
            if (report.notes().isEmpty()) {
                paragraph(body, StandardStructureTypes.P, Problems.message("outcomes.pdf.notes.none"), regular, BODY, 6);
            }
            for (OutcomeNote note : report.notes()) {
                paragraph(body, StandardStructureTypes.P, Problems.message("outcomes.pdf.note.about", month(note.fromMonth()),
                        month(note.toMonth()), note.writtenBy()), bold, BODY, 2);
                paragraph(body, StandardStructureTypes.P, note.text(), regular, BODY, 8);
            }
            y -= 6;
            paragraph(body, StandardStructureTypes.P, Problems.message("outcomes.pdf.made",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(today)), regular, TABLE, 0);
            if (content != null) {
                content.close();
            }
            footers(report.council().nameIn(language) + " \u2014 " + title, "outcomes.pdf.page");
            finish(title);
        }

        private String month(String month) {
            return monthFormat.format(YearMonth.parse(month));
        }

        private String number(@Nullable Long value) {
            return value == null ? "\u2014" : numbers.format(value);
        }

        private String change(@Nullable Long value) {
            return value == null ? "\u2014" : (value > 0 ? "+" : "") + numbers.format(value);
        }

        /**
         * A headline figure month by month: a heading, the chart (a figure whose alternative text gives every value), and
         * the same values written out beneath it as a paragraph, so nobody needs the picture.
         */
        private void chart(OutcomeReport report, OutcomeSeries series, boolean line) throws IOException {
            String name = Problems.message("outcomes.series." + series.section() + "." + series.measure());
            List<String> values = new ArrayList<>();
            for (int i = 0; i < report.months().size(); i++) {
                values.add(Problems.message("outcomes.pdf.value", month(report.months().get(i)), number(series.values().get(i))));
            }
            String alternative = Problems.message("outcomes.pdf.chart.alt", name, String.join("; ", values));
            float needed = 14 * 1.35f + CHART_HEIGHT + 30 + 3 * BODY * 1.35f;
            if (y - needed < MARGIN) {
                newPage();
            }
            paragraph(body, StandardStructureTypes.H3, name, bold, 11, 4);
            var figure = element(body, StandardStructureTypes.Figure);
            figure.setAlternateDescription(alternative);
            COSArray onThisPage = contentOfPages.getLast();
            var properties = new COSDictionary();
            properties.setInt(COSName.MCID, onThisPage.size());
            content.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), PDPropertyList.create(properties));
            draw(report.months(), series.values(), line);
            content.endMarkedContent();
            figure.appendKid(PDMarkedContent.create(COSName.getPDFName(StandardStructureTypes.Figure), properties));
            onThisPage.add(figure);
            y -= CHART_HEIGHT + 26;
            paragraph(body, StandardStructureTypes.P, alternative, regular, TABLE, 10);
        }

        /** Axes, then a bar or a point a month (joined by a line for {@code line}), each value above it and its month below. */
        private void draw(List<String> months, List<Long> values, boolean line) throws IOException {
            float left = MARGIN + 10;
            float base = y - CHART_HEIGHT;
            float plotWidth = WIDTH - 20;
            long most = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
            float slot = plotWidth / Math.max(1, months.size());
            content.setStrokingColor(0.3f, 0.3f, 0.3f);
            content.setLineWidth(0.75f);
            content.moveTo(left, base);
            content.lineTo(left + plotWidth, base);
            content.moveTo(left, base);
            content.lineTo(left, y);
            content.stroke();
            float[] xs = new float[values.size()];
            float[] ys = new float[values.size()];
            for (int i = 0; i < values.size(); i++) {
                float height = (CHART_HEIGHT - 14) * values.get(i) / most;
                xs[i] = left + slot * i + slot / 2;
                ys[i] = base + height;
                if (!line) {
                    content.setNonStrokingColor(0.114f, 0.439f, 0.722f);
                    content.addRect(xs[i] - Math.min(18, slot * 0.35f), base, 2 * Math.min(18, slot * 0.35f), height);
                    content.fill();
                }
            }
            if (line && values.size() > 0) {
                content.setStrokingColor(0.114f, 0.439f, 0.722f);
                content.setLineWidth(1.5f);
                content.moveTo(xs[0], ys[0]);
                for (int i = 1; i < values.size(); i++) {
                    content.lineTo(xs[i], ys[i]);
                }
                content.stroke();
                content.setNonStrokingColor(0.114f, 0.439f, 0.722f);
                for (int i = 0; i < values.size(); i++) {
                    content.addRect(xs[i] - 2, ys[i] - 2, 4, 4);
                }
                content.fill();
            }
            content.setNonStrokingColor(0f, 0f, 0f);
            DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM yy", language);
            float labelSize = months.size() > 18 ? 4.5f : 6.5f;
            for (int i = 0; i < values.size(); i++) {
                centred(numbers.format(values.get(i)), xs[i], ys[i] + 3, labelSize);
                centred(shortMonth.format(YearMonth.parse(months.get(i))), xs[i], base - 9, labelSize);
            }
        }

        private void centred(String text, float x, float baseline, float size) throws IOException {
            String writable = writable(text, regular);
            float width = regular.getStringWidth(writable) / 1000 * size;
            content.beginText();
            content.setFont(regular, size);
            content.newLineAtOffset(x - width / 2, baseline);
            content.showText(writable);
            content.endText();
        }
        /** A paragraph or heading, wrapped to the page's width, then {@code after} points of space. */
        /** A table row, its cells side by side; a row that does not fit starts a new page. */
        private void row(PDStructureElement table, List<String> cells, String cellType, PDFont font) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                wrapped.add(wrap(cells.get(i), font, TABLE, COLUMNS[i] - 6));
            }
            float leading = TABLE * 1.35f;
            float height = wrapped.stream().mapToInt(List::size).max().orElse(1) * leading + 6;
            if (y - height < MARGIN) {
                newPage();
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

        /** A thin line under a row: decoration, so an artifact. */
        private void rule() throws IOException {
            content.beginMarkedContent(COSName.ARTIFACT);
            content.setStrokingColor(0.6f, 0.6f, 0.6f);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y + 3);
            content.lineTo(MARGIN + WIDTH, y + 3);
            content.stroke();
            content.endMarkedContent();
        }
    }
}
