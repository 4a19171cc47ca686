package uk.homecare.portal.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.ui.testing.KaribuUi;

class LanguageSwitchTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void the_sign_in_page_offers_welsh_by_its_own_name_and_switches_to_it() {
        ui.navigate("login");
        Button cymraeg = button("login-language");

        assertThat(cymraeg.getText()).isEqualTo("Cymraeg");
        assertThat(cymraeg.getElement().getAttribute("lang")).isEqualTo("cy");
        cymraeg.click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("cy");
        ui.navigate("login");
        assertThat(_get(H1.class).getText()).isEqualTo("Porth Gofal Cartref");
        assertThat(button("login-language").getText()).isEqualTo("English");
    }

    @Test
    void welsh_chosen_before_signing_in_becomes_the_account_s_language() {
        ui.navigate("login");
        button("login-language").click();

        ui.signInAs("cora");

        assertThat(ui.identity().person("cora").language()).isEqualTo("cy");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("cy");
    }

    @Test
    void a_person_whose_account_is_in_welsh_sees_the_portal_in_welsh_on_signing_in() {
        Me sue = ui.identity().person("sue");
        ui.identity().add(new Me(sue.id(), sue.username(), sue.displayName(), sue.role(), sue.council(), sue.organisation(),
                sue.councils(), sue.actingFor(), "cy", sue.capabilities()));

        ui.signInAs("sue");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("cy");
        assertThat(button("language-switch").getText()).isEqualTo("English");
    }

    @Test
    void switching_while_signed_in_keeps_the_choice_for_the_account() {
        ui.signInAs("cora");

        button("language-switch").click();

        assertThat(ui.identity().person("cora").language()).isEqualTo("cy");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("cy");
    }
}
