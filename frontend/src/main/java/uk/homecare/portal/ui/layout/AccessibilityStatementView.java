package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import uk.homecare.portal.api.UkTime;

/**
 * The accessibility statement, open to anyone and linked from every page, in the structure of GOV.UK's
 * sample statement: what works, what does not and why, how to report a problem, the enforcement
 * procedure, and how and when the portal was tested (the day this version was built and its test command
 * ran axe-core and the keyboard journeys, which the build writes into {@code accessibility-tested.properties}).
 */
@Prototype
@AnonymousAllowed
@Route(value = "accessibility", layout = MainLayout.class)
public class AccessibilityStatementView extends VerticalLayout implements HasDynamicTitle {

    static final int CAN = 6;
    static final int KNOWN = 5;

    AccessibilityStatementView() {
        setId("accessibility-statement");
        setMaxWidth("48rem");
        String tested = DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale()).format(testedOn());
        add(new H1(getTranslation("a11y.title")),
                new Paragraph(getTranslation("a11y.intro")),
                new Paragraph(getTranslation("a11y.can.intro")),
                list("a11y.can.", CAN),
                new Paragraph(getTranslation("a11y.abilitynet")),
                new H2(getTranslation("a11y.how.title")),
                new Paragraph(getTranslation("a11y.how.intro")),
                list("a11y.known.", KNOWN),
                new H2(getTranslation("a11y.report.title")),
                new Paragraph(getTranslation("a11y.report.text")),
                new H2(getTranslation("a11y.enforcement.title")),
                new Paragraph(getTranslation("a11y.enforcement.text")),
                link("a11y.enforcement.eass", "https://www.equalityadvisoryservice.com/"),
                new H2(getTranslation("a11y.technical.title")),
                new Paragraph(getTranslation("a11y.technical.text")),
                new H3(getTranslation("a11y.compliance.title")),
                new Paragraph(getTranslation("a11y.compliance.text")),
                new H2(getTranslation("a11y.nonaccessible.title")),
                new Paragraph(getTranslation("a11y.nonaccessible.text")),
                new H2(getTranslation("a11y.tested.title")),
                tested(tested),
                new Paragraph(getTranslation("a11y.tested.how")),
                new H2(getTranslation("a11y.prepared.title")),
                new Paragraph(getTranslation("a11y.prepared.text", tested)));
    }

    private Paragraph tested(String date) {
        var paragraph = new Paragraph(getTranslation("a11y.tested.on", date));
        paragraph.setId("accessibility-tested");
        return paragraph;
    }

    private UnorderedList list(String prefix, int count) {
        var list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(getTranslation(prefix + i)));
        }
        return list;
    }

    private Anchor link(String key, String href) {
        var anchor = new Anchor(href, getTranslation(key));
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    /** The day of the build whose test command ran the checks; the build writes it (UTC instant) into a resource. */
    static LocalDate testedOn() {
        try (InputStream in = AccessibilityStatementView.class.getResourceAsStream("/accessibility-tested.properties")) {
            if (in == null) {
                throw new IllegalStateException("accessibility-tested.properties is missing from the build");
            }
            var properties = new Properties();
            properties.load(in);
            return UkTime.dateOf(Instant.parse(properties.getProperty("tested")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title");
    }
}
