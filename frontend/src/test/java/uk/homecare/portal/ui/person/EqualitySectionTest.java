package uk.homecare.portal.ui.person;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.assertTranslatedAndLabelled;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.equality.ConsentFrom;
import uk.homecare.portal.api.equality.EqualityAnswers;
import uk.homecare.portal.api.equality.EqualityForm;
import uk.homecare.portal.ui.testing.FakeEqualityClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Equality monitoring answers on a person's record: optional, recorded only with consent, withdrawn; commissioners only. */
class EqualitySectionTest {

    private KaribuUi ui;
    private FakeEqualityClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.context().getBean(FakeEqualityClient.class);
        api.reset();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersAreSavedOnlyWithConsentAndCanBeWithdrawn() {
        ui.signInAs("cora");
        ui.navigate("people/" + FakeIdentityClient.MARY.id());
        assertThat(shown("equality")).isTrue();
        assertThat(byId(Paragraph.class, "equality-status").getText()).isEqualTo("No answers are recorded.");
        assertThat(shown("equality-withdraw")).isFalse();

        _setValue(byId(Select.class, "equality-sex"), EqualityAnswers.Sex.PREFER_NOT_TO_SAY);
        _setValue(byId(Select.class, "equality-welsh-speaker"), EqualityAnswers.YesNo.YES);
        click("equality-save");
        Checkbox consent = byId(Checkbox.class, "equality-consent");
        assertThat(consent.isInvalid()).as("the error is next to the box").isTrue();
        assertThat(consent.getErrorMessage()).contains("only with consent");
        assertThat(api.recorded).as("nothing sent without consent").isEmpty();

        _setValue(byId(Select.class, "equality-consent-from"), ConsentFrom.REPRESENTATIVE);
        _setValue(consent, true);
        click("equality-save");
        assertThat(api.recorded).containsExactly(new EqualityForm(true, ConsentFrom.REPRESENTATIVE,
                new EqualityAnswers(null, EqualityAnswers.Sex.PREFER_NOT_TO_SAY, null, null, null, null, EqualityAnswers.YesNo.YES), 0));
        assertThat(byId(Paragraph.class, "equality-status").getText()).startsWith("Recorded with the consent of their representative on ");
        assertThat(shown("equality-withdraw")).isTrue();
        assertTranslatedAndLabelled();

        click("equality-withdraw");
        assertThat(api.profiles).isEmpty();
        assertThat(byId(Select.class, "equality-sex").getValue()).isNull();
        assertThat(shown("equality-withdraw")).isFalse();
    }

    @Test
    void anAdministratorDoesNotSeeThePersonsAnswers() {
        ui.signInAs("adam");
        api.lastAuthorization = null;
        ui.navigate("people/" + FakeIdentityClient.MARY.id());
        assertThat(shown("equality")).isFalse();
        assertThat(api.lastAuthorization).isNull();
    }
}
