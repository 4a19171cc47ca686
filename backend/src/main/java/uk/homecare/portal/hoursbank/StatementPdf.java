package uk.homecare.portal.hoursbank;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.UkTime;
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

    private static final float MARGIN = 40;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float[] COLUMNS = {72, 179, 88, 88, 88};
    private static final float BODY = 10;
    private static final float TABLE = 8.5f;
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

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

    private static byte[] font(String resource) {
        try (InputStream in = StatementPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes pages top to bottom, each piece of text marked as the content of its element in the structure tree. */
    private static final class Pages {

        private final PDDocument document;
        private final Locale language;
        private final DateTimeFormatter day;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final PDStructureTreeRoot root = new PDStructureTreeRoot();
        private final PDStructureElement body;
        private final List<COSArray> contentOfPages = new ArrayList<>();
        private @Nullable PDPage page;
        private @Nullable PDPageContentStream content;
        private float y;
        private List<String> header = List.of();

        Pages(PDDocument document, Locale language) throws IOException {
            this.document = document;
            this.language = language;
            this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", language);
            this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
            this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
            this.body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            root.appendKid(body);
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
            footers(statement.person() + " \u2014 " + title);
            finish(title);
        }

        /** On every page, at its foot, whose statement it is and the page's number: decoration, so artifacts. */
        private void footers(String whose) throws IOException {
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (var foot = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    foot.beginMarkedContent(COSName.ARTIFACT);
                    foot.beginText();
                    foot.setFont(regular, 8);
                    foot.newLineAtOffset(MARGIN, MARGIN / 2);
                    foot.showText(writable(whose + " \u2014 " + Problems.message("statement.pdf.page", i + 1, pages), regular));
                    foot.endText();
                    foot.endMarkedContent();
                }
            }
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

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            page.setStructParents(contentOfPages.size());
            contentOfPages.add(new COSArray());
            content = new PDPageContentStream(document, page);
            y = TOP;
        }

        private PDStructureElement element(PDStructureNode parent, String type) {
            var element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            return element;
        }

        /** A paragraph or heading, wrapped to the page's width, then {@code after} points of space. */
        private void paragraph(PDStructureNode parent, String type, String text, PDFont font, float size, float after) throws IOException {
            List<String> lines = wrap(text, font, size, WIDTH);
            float leading = size * 1.35f;
            if (y - lines.size() * leading < MARGIN) {
                newPage();
            }
            marked(element(parent, type), type, lines, font, size, MARGIN, y);
            y -= lines.size() * leading + after;
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

        /** Lines of text as one marked-content sequence belonging to {@code element}. */
        private void marked(PDStructureElement element, String type, List<String> text, PDFont font, float size, float x, float top)
                throws IOException {
            COSArray onThisPage = contentOfPages.getLast();
            int id = onThisPage.size();
            var properties = new COSDictionary();
            properties.setInt(COSName.MCID, id);
            content.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
            lines(text, font, size, x, top);
            content.endMarkedContent();
            element.appendKid(PDMarkedContent.create(COSName.getPDFName(type), properties));
            onThisPage.add(element);
        }

        private void lines(List<String> text, PDFont font, float size, float x, float top) throws IOException {
            float leading = size * 1.35f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, top - size);
            for (int i = 0; i < text.size(); i++) {
                if (i > 0) {
                    content.newLineAtOffset(0, -leading);
                }
                content.showText(text.get(i));
            }
            content.endText();
        }

        /** The text's lines (its own line breaks kept), each broken between words to fit {@code width}; letters the font lacks become "?". */
        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : writable(paragraph, font).split(" ")) {
                    String longer = line.isEmpty() ? word : line + " " + word;
                    if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > width) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(longer);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private static String writable(String text, PDFont font) {
            var out = new StringBuilder();
            text.codePoints().forEach(point -> {
                String letter = Character.isWhitespace(point) ? " " : Character.toString(point);
                try {
                    font.encode(letter);
                    out.append(letter);
                } catch (IOException | IllegalArgumentException missing) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void finish(String title) throws IOException {
            Map<Integer, COSObjectable> parents = new HashMap<>();
            for (int i = 0; i < contentOfPages.size(); i++) {
                parents.put(i, new PDParentTreeValue(contentOfPages.get(i)));
            }
            var parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            parentTree.setNumbers(parents);
            root.setParentTree(parentTree);
            root.setParentTreeNextKey(contentOfPages.size());
            var catalog = document.getDocumentCatalog();
            catalog.setStructureTreeRoot(root);
            var marked = new PDMarkInfo();
            marked.setMarked(true);
            catalog.setMarkInfo(marked);
            catalog.setLanguage(language.getLanguage().equals("cy") ? "cy" : "en-GB");
            var preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            var information = document.getDocumentInformation();
            information.setTitle(title);
            information.setCreator("Homecare Portal");
        }
    }
}
