package uk.homecare.portal.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.ui.testing.KaribuUi;

class AccessibilityStatementViewTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void anyone_can_read_the_statement_with_the_gov_uk_sections_and_the_day_of_the_last_test_run() {
        ui.navigate("accessibility");
        expectView(AccessibilityStatementView.class);

        assertThat(_get(AccessibilityStatementView.class).getElement().getTextRecursively()).contains(
                "How accessible the portal is", "Reporting accessibility problems with the portal",
                "Enforcement procedure", "Compliance status", "Non-accessible content", "How we tested the portal");
        String tested = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(AccessibilityStatementView.testedOn());
        assertThat(_get(Paragraph.class, spec -> spec.withId("accessibility-tested")).getText())
                .isEqualTo("The portal was last tested on " + tested + ", when this version was built.");
    }

    @Test
    void a_signed_in_person_finds_the_statement_linked_from_the_layout() {
        ui.signInAs("cora");
        assertThat(_get(RouterLink.class, spec -> spec.withId("accessibility-link")).getHref()).isEqualTo("accessibility");
    }

    @Test
    void the_statement_is_in_welsh_for_a_welsh_reader() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("cy"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("cy"));
        ui.navigate("accessibility");

        assertThat(_get(AccessibilityStatementView.class).getElement().getTextRecursively()).contains("Y weithdrefn orfodi");
        assertThat(_get(Paragraph.class, spec -> spec.withId("accessibility-tested")).getText()).startsWith("Cafodd y porth ei brofi");
    }
}
