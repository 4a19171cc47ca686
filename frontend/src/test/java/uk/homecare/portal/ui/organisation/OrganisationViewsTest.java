package uk.homecare.portal.ui.organisation;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.assertTranslatedAndLabelled;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.notificationTexts;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.organisation.ClientRegistrationForm;
import uk.homecare.portal.api.organisation.NhsPartnerForm;
import uk.homecare.portal.api.organisation.OrganisationDetailsForm;
import uk.homecare.portal.api.organisation.PartnerClient;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.api.organisation.ProviderRegistrationForm;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.organisation.SecretRotationForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.FakeOrganisationClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** A council's administrator registers providers, a provider's administrator keeps its details, the platform administrator its NHS partners. */
class OrganisationViewsTest {

    private KaribuUi ui;
    private FakeOrganisationClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.organisations();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void aCouncilAdministratorRegistersAProviderWithTheRegulatorOfTheCouncilsNation() {
        ui.signInAs("adam");
        ui.navigate("providers");
        assertTranslatedAndLabelled();
        assertThat(_size(grid("providers-grid"))).isEqualTo(2);

        click("provider-register");
        assertThat(byId(Select.class, "provider-regulator").getValue()).isEqualTo(Regulator.CQC);
        assertThat(byId(TextField.class, "provider-regulator-provider-id").getHelperText()).isEqualTo("For example 1-101234567");
        _setValue(byId(TextField.class, "provider-name"), "Gosford Green Care Ltd");
        _setValue(byId(TextField.class, "provider-regulator-provider-id"), "1-101234567");
        _setValue(byId(TextField.class, "provider-address-line"), "2 Far Gosford Street");
        _setValue(byId(TextField.class, "provider-postcode"), "CV1 5DZ");
        _setValue(byId(EmailField.class, "provider-contact-email"), "office@example.org");
        assertTranslatedAndLabelled();
        click("provider-save");

        assertThat(api.lastForm).isEqualTo(new ProviderRegistrationForm("Gosford Green Care Ltd", Regulator.CQC, "1-101234567", null, null,
                "2 Far Gosford Street", "CV1 5DZ", "office@example.org"));
        assertThat(notificationTexts()).contains("Gosford Green Care Ltd is registered with your council.");
        assertThat(rows(grid("providers-grid"))).contains("Gosford Green Care Ltd");
    }

    @Test
    void aWelshCouncilsAdministratorIsOfferedCiw() {
        api.regulator = Regulator.CIW;
        ui.signInAs("adam");
        ui.navigate("providers");
        click("provider-register");

        assertThat(byId(Select.class, "provider-regulator").getValue()).isEqualTo(Regulator.CIW);
        assertThat(byId(TextField.class, "provider-regulator-provider-id").getHelperText()).isEqualTo("For example SIN-00012345-ABCD");
    }

    @Test
    void aRefusedRegistrationShowsTheApisMessageNextToTheFieldAndKeepsTheForm() {
        ui.signInAs("adam");
        ui.navigate("providers");
        click("provider-register");
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("urn:homecare-portal:problem:invalid-input", "Invalid input", 400, "x",
                List.of(new Problem.FieldError("regulatorProviderId", "must be a CQC id such as 1-101234567"))));

        click("provider-save");

        TextField field = byId(TextField.class, "provider-regulator-provider-id");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("must be a CQC id such as 1-101234567");
        assertThat(shown("provider-form")).isTrue();
    }

    @Test
    void endingARegistrationIsOfferedOnlyWhereTheApiListsIt() {
        ui.signInAs("adam");
        ui.navigate("providers");
        Grid<ProviderOrganisation> providers = grid("providers-grid");
        ProviderOrganisation holdingLots = api.providers.get(0);
        ProviderOrganisation free = api.providers.get(1);

        assertThat(_getCellComponent(providers, 0, "actions").isVisible()).isFalse();
        Button unlink = (Button) _getCellComponent(providers, 1, "actions");
        assertThat(unlink.isVisible()).isTrue();
        unlink.click();

        assertThat(api.providers).containsExactly(holdingLots);
        assertThat(notificationTexts()).contains(free.name() + " is no longer registered with your council.");
    }

    @Test
    void onlyTheCouncilsAdministratorOpensProvidersAndOnlyAProvidersAdministratorItsOwnDetails() {
        ui.signInAs("cora");
        ui.navigate("providers");
        expectView(AccessDeniedView.class);
        ui.navigate("our-organisation");
        expectView(AccessDeniedView.class);
        ui.navigate("nhs-partners");
        expectView(AccessDeniedView.class);
    }

    @Test
    void aProvidersAdministratorChangesItsAddressAndContact() {
        ui.signInAs("paula");
        ui.navigate("our-organisation");
        assertTranslatedAndLabelled();
        assertThat(byId(TextField.class, "own-address-line").getValue()).isEqualTo("1 Test Row");

        _setValue(byId(TextField.class, "own-address-line"), "5 Spon Street");
        _setValue(byId(EmailField.class, "own-contact-email"), "hello@example.org");
        click("own-save");

        assertThat(api.lastForm).isEqualTo(new OrganisationDetailsForm("5 Spon Street", "CV1 1AA", "hello@example.org"));
        assertThat(notificationTexts()).contains("Your organisation's details are saved.");
    }

    @Test
    void thePlatformAdministratorRegistersAPartnerWithItsCouncils() {
        ui.signInAs("pat");
        ui.navigate("nhs-partners");
        assertTranslatedAndLabelled();

        click("partner-register");
        _setValue(byId(TextField.class, "partner-name"), "NHS Herefordshire and Worcestershire ICB");
        _setValue(byId(TextField.class, "partner-ods-code"), "18C");
        MultiSelectComboBox<NamedRef> councils = byId(MultiSelectComboBox.class, "partner-councils");
        councils.setValue(Set.of(FakeIdentityClient.WARWICKSHIRE));
        click("partner-save");

        assertThat(api.lastForm).isEqualTo(new NhsPartnerForm("NHS Herefordshire and Worcestershire ICB", "18C",
                List.of(FakeIdentityClient.WARWICKSHIRE.id())));
        assertThat(rows(grid("partners-grid"))).contains("NHS Herefordshire and Worcestershire ICB", "Warwickshire County Council");
    }

    @Test
    void aNewClientsSecretIsShownOnceInAFieldToCopyAndGoneOnceDone() {
        ui.signInAs("pat");
        ui.navigate("nhs-partners");
        _selectRow(grid("partners-grid"), 0);
        assertTranslatedAndLabelled();

        _setValue(byId(TextField.class, "client-id"), "coventry-icb-live");
        click("client-register");

        assertThat(api.lastForm).isEqualTo(new ClientRegistrationForm("coventry-icb-live"));
        TextField secret = byId(TextField.class, "client-secret");
        assertThat(secret.getValue()).isEqualTo(api.secretsIssued.getLast());
        assertThat(secret.isReadOnly()).isTrue();
        assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "client-secret-once").getText()).contains("you won't see it again");
        assertThat(rows(grid("clients-grid"))).contains("coventry-icb-live").doesNotContain(api.secretsIssued.getLast());

        click("client-secret-done");
        assertThat(shown("client-secret-panel")).isFalse();
    }

    @Test
    void aClientsButtonsFollowItsActionsAndARotationShowsTheNewSecret() {
        ui.signInAs("pat");
        ui.navigate("nhs-partners");
        _selectRow(grid("partners-grid"), 0);
        Grid<PartnerClient> clients = grid("clients-grid");
        PartnerClient client = clients.getListDataView().getItem(0);
        HorizontalLayout buttons = (HorizontalLayout) _getCellComponent(clients, 0, "actions");
        assertThat(visibleButtons(buttons)).containsExactly("Rotate secret", "Upload public key", "Disable");

        button(buttons, "Rotate secret").click();
        _setValue(byId(IntegerField.class, "client-overlap-hours"), 48);
        click("client-rotate-save");
        assertThat(api.lastForm).isEqualTo(new SecretRotationForm(48));
        assertThat(byId(TextField.class, "client-secret").getValue()).isEqualTo(api.secretsIssued.getLast());

        button((HorizontalLayout) _getCellComponent(grid("clients-grid"), 0, "actions"), "Disable").click();
        assertThat(api.client(client.id()).enabled()).isFalse();
        assertThat(visibleButtons((HorizontalLayout) _getCellComponent(grid("clients-grid"), 0, "actions"))).containsExactly("Enable");
    }

    private static List<String> visibleButtons(HorizontalLayout buttons) {
        return buttons.getChildren().filter(Button.class::isInstance).map(Button.class::cast).filter(Button::isVisible).map(Button::getText).toList();
    }

    private static Button button(HorizontalLayout buttons, String text) {
        return buttons.getChildren().filter(Button.class::isInstance).map(Button.class::cast).filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
