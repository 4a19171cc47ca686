package uk.homecare.portal.ui.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The server-drawn charts: well-formed SVG, titled in words, naming their series, and with nothing unsafe in them. */
class SvgChartsTest {

    private static final SvgCharts.Text TREND = new SvgCharts.Text("trend-central", "Central: capacity & demand",
            "Week starting", "Hours a week", "Reported capacity rose from 40 to 52 hours a week.");
    private static final List<String> WEEKS = List.of("3 Nov", "10 Nov", "17 Nov");

    private static Document xml(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void aTrendIsWellFormedSvgTitledWithItsSummaryAndNamingItsSeries() throws Exception {
        String svg = SvgCharts.lines(TREND, WEEKS, List.of(
                new SvgCharts.Series("Reported capacity", List.of(40, 45, 52)),
                new SvgCharts.Series("New <demand>", List.of(10, 20, 30))));

        Document document = xml(svg);
        var root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("id")).isEqualTo("trend-central");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("trend-central-title");
        var title = document.getElementById("trend-central-title") != null
                ? document.getElementById("trend-central-title")
                : (org.w3c.dom.Element) root.getElementsByTagNameNS(SafeSvg.NAMESPACE, "title").item(0);
        assertThat(title.getTextContent()).isEqualTo("Reported capacity rose from 40 to 52 hours a week.");
        assertThat(root.getFirstChild()).isSameAs(title);
        assertThat(root.getTextContent()).contains("Central: capacity & demand", "Reported capacity", "New <demand>",
                "Week starting", "Hours a week", "10 Nov");
        assertThat(svg).contains("New &lt;demand&gt;").doesNotContain("New <demand>");
    }

    @Test
    void aDozenWeeksAreEachLabelledInFull() throws Exception {
        List<String> weeks = List.of("7 Sep", "14 Sep", "21 Sep", "28 Sep", "5 Oct", "12 Oct", "19 Oct", "26 Oct",
                "2 Nov", "9 Nov", "16 Nov", "23 Nov");
        List<Integer> hours = weeks.stream().map(w -> 40).toList();

        String svg = SvgCharts.lines(TREND, weeks, List.of(new SvgCharts.Series("Reported capacity", hours)));

        String text = xml(svg).getDocumentElement().getTextContent();
        assertThat(text).contains(weeks).doesNotContain("...");
    }

    @Test
    void barsNameEveryZoneAndSeries() throws Exception {
        String svg = SvgCharts.bars(new SvgCharts.Text("bars", "Capacity against demand", "Zone", "Hours a week",
                        "Two zones."), List.of("Central", "North"), List.of(
                new SvgCharts.Series("Reported capacity", List.of(40, 10)),
                new SvgCharts.Series("Waiting", List.of(5, 30))));

        var root = xml(svg).getDocumentElement();
        assertThat(root.getTextContent()).contains("Two zones.", "Capacity against demand", "Central", "North",
                "Reported capacity", "Waiting");
        assertThat(root.getElementsByTagNameNS(SafeSvg.NAMESPACE, "rect").getLength()).isGreaterThan(4);
    }

    @Test
    void scriptsLinksAndEventHandlersAreTakenOut() throws Exception {
        String dirty = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://www.w3.org/1999/xlink' id='c' onload='alert(1)'>"
                + "<script>alert(2)</script><a x:href='javascript:alert(3)'><text>link</text></a>"
                + "<g onclick='alert(4)'><rect width='1' height='1'/><foreignObject><p>hi</p></foreignObject></g></svg>";

        String clean = SafeSvg.clean(dirty, "A picture");

        assertThat(clean).doesNotContain("alert", "script", "foreignObject", "href", "onload", "onclick")
                .contains("<rect", "A picture");
        assertThat(xml(clean).getDocumentElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void markupThatIsNotWellFormedOrCarriesADoctypeIsRefused() {
        assertThatThrownBy(() -> SafeSvg.clean("<svg xmlns='http://www.w3.org/2000/svg'><g></svg>", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeSvg.clean("<!DOCTYPE svg [<!ENTITY e 'boom'>]><svg xmlns='http://www.w3.org/2000/svg'>&e;</svg>", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeSvg.clean("<html/>", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
