package uk.homecare.portal.ui.capacity;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Makes a drawn SVG safe to put into the page and readable by a screen reader. The markup must be
 * well-formed XML without a DOCTYPE; only drawing elements are kept (no script, no foreign objects, no
 * links), no event-handler attributes, and the picture gets {@code role="img"} and a {@code <title>}
 * that says in words what it shows.
 */
final class SafeSvg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Set<String> DRAWING = Set.of(
            "svg", "g", "defs", "clipPath", "path", "rect", "line", "polyline", "polygon", "circle", "ellipse",
            "text", "tspan", "title", "desc", "linearGradient", "radialGradient", "stop");

    private SafeSvg() {}

    /** The cleaned markup of {@code svg}, titled {@code summary}; fails when {@code svg} is not well-formed. */
    static String clean(String svg, String summary) {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            throw new IllegalArgumentException("not an SVG picture: " + root.getTagName());
        }
        keepDrawingOnly(root);
        String id = root.getAttribute("id").isEmpty() ? "chart" : root.getAttribute("id");
        Element title = document.createElementNS(NAMESPACE, "title");
        title.setAttribute("id", id + "-title");
        title.setTextContent(summary);
        root.insertBefore(title, root.getFirstChild());
        root.setAttribute("role", "img");
        root.setAttribute("aria-labelledby", id + "-title");
        return write(document);
    }

    private static void keepDrawingOnly(Element element) {
        List<Attr> unsafe = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName().toLowerCase(Locale.ROOT);
            String value = attribute.getValue().toLowerCase(Locale.ROOT);
            if (name.startsWith("on") || name.endsWith("href") || value.contains("javascript:")) {
                unsafe.add(attribute);
            }
        }
        unsafe.forEach(element::removeAttributeNode);
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Element inner) {
                if (NAMESPACE.equals(inner.getNamespaceURI()) && DRAWING.contains(inner.getLocalName())) {
                    keepDrawingOnly(inner);
                } else {
                    element.removeChild(inner);
                }
            } else if (child.getNodeType() != Node.TEXT_NODE) {
                element.removeChild(child);
            }
        }
    }

    private static Document parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (ParserConfigurationException | SAXException | IOException notWellFormed) {
            throw new IllegalArgumentException("the SVG is not well-formed XML", notWellFormed);
        }
    }

    private static String write(Document document) {
        try {
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            var out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException unwritable) {
            throw new IllegalStateException("the SVG could not be written", unwritable);
        }
    }
}
