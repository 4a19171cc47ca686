package uk.homecare.portal.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.testing.KaribuUi;

/** A council with a Welsh name is called by it on pages in Welsh, and by its English name on pages in English. */
class WelshCouncilNamesTest {

    private static final NamedRef BRIDGEND = new NamedRef(UUID.randomUUID(), "Bridgend County Borough Council",
            "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr");

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    /** Signs in as a Bridgend commissioner whose account is in the given language, and opens the home page. */
    private void homeIn(String language) {
        Me cora = ui.identity().person("cora");
        ui.identity().add(new Me(cora.id(), cora.username(), cora.displayName(), cora.role(), BRIDGEND, null, List.of(BRIDGEND),
                List.of(), language, cora.capabilities()));
        ui.signInAs("cora");
        ui.navigate("");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theHomePageInEnglishNamesTheCouncilInEnglish() {
        homeIn("en");

        assertThat(byId(Paragraph.class, "home-council").getText()).contains("Bridgend County Borough Council");
    }

    @Test
    void theHomePageInWelshNamesTheCouncilInWelsh() {
        homeIn("cy");

        assertThat(byId(Paragraph.class, "home-council").getText()).contains("Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr")
                .doesNotContain("Bridgend");
    }
}
