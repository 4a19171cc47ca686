package uk.homecare.portal.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import uk.homecare.portal.platform.problem.Problems;

/**
 * Tagged A4 pages written top to bottom, for the portal's printable documents (a person's statement of hours, a
 * council's outcomes report): each piece of text marked as the content of its element in the structure tree, set in
 * DejaVu Sans, embedded (the PDF standard fonts cannot write Welsh letters such as ŵ and ŷ), the document saying its
 * language and showing its title, for screen readers. A document's own layout (tables, charts) is its subclass's.
 */
public abstract class TaggedPages {

    protected static final float MARGIN = 40;
    protected static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    protected static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    protected final PDDocument document;
    protected final Locale language;
    protected final PDType0Font regular;
    protected final PDType0Font bold;
    protected final PDStructureTreeRoot root = new PDStructureTreeRoot();
    protected final PDStructureElement body;
    protected final List<COSArray> contentOfPages = new ArrayList<>();
    protected @Nullable PDPage page;
    protected @Nullable PDPageContentStream content;
    protected float y;

    protected TaggedPages(PDDocument document, Locale language) throws IOException {
        this.document = document;
        this.language = language;
        this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
        this.body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(body);
    }

    private static byte[] font(String resource) {
        try (InputStream in = TaggedPages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** On every page, at its foot, whose document it is and the page's number ({@code pageNumberKey}: "Page {0} of {1}"): decoration, so artifacts. */
    protected final void footers(String whose, String pageNumberKey) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (var foot = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                foot.beginMarkedContent(COSName.ARTIFACT);
                foot.beginText();
                foot.setFont(regular, 8);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(writable(whose + " \u2014 " + Problems.message(pageNumberKey, i + 1, pages), regular));
                foot.endText();
                foot.endMarkedContent();
            }
        }
    }

    protected final void newPage() throws IOException {
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

    protected final PDStructureElement element(PDStructureNode parent, String type) {
        var element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }


    /** A paragraph or heading, wrapped to the page's width, then {@code after} points of space. */
    protected final void paragraph(PDStructureNode parent, String type, String text, PDFont font, float size, float after) throws IOException {
        List<String> lines = wrap(text, font, size, WIDTH);
        float leading = size * 1.35f;
        if (y - lines.size() * leading < MARGIN) {
            newPage();
        }
        marked(element(parent, type), type, lines, font, size, MARGIN, y);
        y -= lines.size() * leading + after;
    }


    /** Lines of text as one marked-content sequence belonging to {@code element}. */
    protected final void marked(PDStructureElement element, String type, List<String> text, PDFont font, float size, float x, float top)
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

    protected final void lines(List<String> text, PDFont font, float size, float x, float top) throws IOException {
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
    protected static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
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

    protected static String writable(String text, PDFont font) {
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

    protected final void finish(String title) throws IOException {
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
