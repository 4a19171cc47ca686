package uk.homecare.portal.ui.person;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.allText;
import static uk.homecare.portal.ui.testing.Screen.assertTranslatedAndLabelled;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentForm;
import uk.homecare.portal.api.consent.ConsentStatus;
import uk.homecare.portal.api.person.PersonForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.testing.FakeConsentClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Who can act for a person: the council records and revokes consents on the person's page, the person revokes their own. */
class CarersConsentTest {

    private KaribuUi ui;
    private FakeConsentClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.consents();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theCouncilSeesWhoCanActForMaryRecordsCathAndRevokesCarl() {
        ui.signInAs("cora");
        ui.navigate("people/" + FakeIdentityClient.MARY.id());
        assertThat(allText()).contains("Who can act for this person", "Carl Carer");
        Consent carl = api.consents.getFirst();
        assertThat(shown("consents-revoke-" + carl.id())).isTrue();
        assertThat(shown("consent-invite")).as("where the invitations feature puts 'invite a carer'").isTrue();

        _setValue(byId(ComboBox.class, "consent-carer"), FakeConsentClient.CATH);
        LocalDate tomorrow = ui.clock().today().plusDays(1);
        _setValue(byId(DatePicker.class, "consent-starts-on"), tomorrow);
        click("consent-form-submit");

        assertThat(api.lastForm).isEqualTo(new ConsentForm(FakeConsentClient.CATH.id(), tomorrow, null));
        assertThat(api.lastPersonId).isEqualTo(FakeIdentityClient.MARY.id());
        assertThat(allText()).contains("Cath Carer");

        click("consents-revoke-" + carl.id());
        assertThat(api.consents.getFirst().status()).isEqualTo(ConsentStatus.REVOKED);
        assertThat(shown("consents-revoke-" + carl.id())).isFalse();
        assertTranslatedAndLabelled();
    }

    @Test
    void aRefusedFirstDayShowsNextToItsFieldAndRecordsNothing() {
        ui.signInAs("cora");
        ui.navigate("people/" + FakeIdentityClient.MARY.id());
        int before = api.consents.size();
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("urn:homecare-portal:problem:invalid-input", "Invalid input", 400, null,
                List.of(new Problem.FieldError("startsOn", "A consent starts today or later, not in the past."))));

        _setValue(byId(ComboBox.class, "consent-carer"), FakeConsentClient.CATH);
        _setValue(byId(DatePicker.class, "consent-starts-on"), ui.clock().today().minusDays(1));
        click("consent-form-submit");

        DatePicker startsOn = byId(DatePicker.class, "consent-starts-on");
        assertThat(startsOn.isInvalid()).isTrue();
        assertThat(startsOn.getErrorMessage()).isEqualTo("A consent starts today or later, not in the past.");
        assertThat(api.consents).hasSize(before);
    }

    @Test
    void aConsentNeedsACarerBeforeAnythingIsSent() {
        ui.signInAs("cora");
        ui.navigate("people/" + FakeIdentityClient.MARY.id());
        api.lastForm = null;

        click("consent-form-submit");

        assertThat(byId(ComboBox.class, "consent-carer").isInvalid()).isTrue();
        assertThat(api.lastForm).isNull();
    }

    @Test
    void thePersonSeesWhoCanActForThemAndRevokesAtOnce() {
        ui.signInAs("sue");
        ui.navigate("my-consents");
        Consent cath = api.consents.stream().filter(c -> c.person().id().equals(FakeIdentityClient.SUE.id())).findFirst().orElseThrow();
        assertThat(allText()).contains("People who can act for me", "Cath Carer", "In force");

        click("my-consents-revoke-" + cath.id());

        assertThat(allText()).contains("Revoked", "Revoked by Cora Commissioner on");
        assertThat(shown("my-consents-revoke-" + cath.id())).isFalse();
        assertTranslatedAndLabelled();
    }

    @Test
    void theCouncilCorrectsThePersonsLanguage() {
        ui.signInAs("cora");
        ui.navigate("people/" + FakeIdentityClient.MARY.id());

        _setValue(byId(Select.class, "person-language"), "cy");
        click("person-save");

        assertThat(((PersonForm) ui.people().lastForm).language()).isEqualTo("cy");
        assertThat(ui.people().person(FakeIdentityClient.MARY.id()).language()).isEqualTo("cy");
    }
}
