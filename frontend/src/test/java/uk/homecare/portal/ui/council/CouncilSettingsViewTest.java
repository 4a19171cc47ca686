package uk.homecare.portal.ui.council;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.council.CouncilSettings;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.brokerage.WindowField;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.FakeCouncilClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** The administrator keeps the council's settings on one form: shown and typed in hours or minutes, saved whole, errors beside fields. */
class CouncilSettingsViewTest {

    private KaribuUi ui;
    private FakeCouncilClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.council();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static List<String> navigation() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void the_admin_sees_the_settings_windows_in_hours_and_saves_them_whole_with_the_version_loaded() {
        ui.signInAs("adam");
        ui.navigate("council-settings");
        assertThat(byId(IntegerField.class, "settings-min-visit").getValue()).isEqualTo(30);
        assertThat(byId(IntegerField.class, "settings-primary-window-amount").getValue()).isEqualTo(24);
        assertThat(byId(Select.class, "settings-primary-window-unit").getValue()).isEqualTo(WindowField.Unit.HOURS);
        assertThat(byId(TextField.class, "settings-sender").getValue()).isEqualTo("Coventry City Council");
        assertThat(KaribuUi.texts(com.vaadin.flow.component.UI.getCurrent().getElement())).noneMatch(t -> t != null && t.contains("!{"));
        // Each window's amount and unit are named by the window's label, for screen readers.
        assertThat(byId(IntegerField.class, "settings-primary-window-amount").getAriaLabel()).contains("Primary provider's window: amount");

        // The brokerage policy is the commissioners': shown to the admin, not changed here.
        assertThat(byId(WindowField.class, "settings-secondary-window").isReadOnly()).isTrue();
        assertThat(byId(Select.class, "settings-open-rule").isReadOnly()).isTrue();
        assertThat(byId(IntegerField.class, "settings-hand-back-days").isReadOnly()).isTrue();
        assertThat(shown("settings-brokerage-note")).isTrue();

        _setValue(byId(IntegerField.class, "settings-min-visit"), 45);
        _setValue(byId(Select.class, "settings-language"), "cy");
        _setValue(byId(Checkbox.class, "settings-mfa"), true);
        _setValue(byId(TextField.class, "settings-sender"), " Cyngor Caerdydd ");
        assertThat(byId(IntegerField.class, "settings-variation-days").getValue()).isEqualTo(5);
        _setValue(byId(IntegerField.class, "settings-variation-days"), 7);
        click("settings-save");

        assertThat(api.lastForm).isEqualTo(new CouncilSettings(45, 1440, 1440, 2880, OpenStageRule.COMMISSIONER_AWARDS, 14, "cy", true,
                "Cyngor Caerdydd", 3, 7, 14, 336, 48, 4));
        assertThat(byId(Paragraph.class, "settings-saved").isVisible()).isTrue();
        assertThat(byId(Paragraph.class, "settings-saved").getText()).isEqualTo("Council settings saved.");
        assertThat(Screen.notificationTexts()).contains("Council settings saved.");

        // The next save sends the version the API answered with.
        click("settings-save");
        assertThat(((CouncilSettings) api.lastForm).version()).isEqualTo(4);
    }

    @Test
    void a_mistake_is_shown_next_to_its_field_in_the_unit_typed_and_nothing_is_sent() {
        ui.signInAs("adam");
        ui.navigate("council-settings");
        IntegerField minVisit = byId(IntegerField.class, "settings-min-visit");
        _setValue(minVisit, 10);
        TextField sender = byId(TextField.class, "settings-sender");
        _setValue(sender, "Coventry <evil@example.org>");
        click("settings-save");

        assertThat(api.lastForm).isNull();
        assertThat(minVisit.isInvalid()).isTrue();
        assertThat(minVisit.getErrorMessage()).isEqualTo("Give the shortest visit in minutes, from 15 to 240.");
        assertThat(sender.isInvalid()).isTrue();
        assertThat(sender.getErrorMessage()).isEqualTo("Use up to 70 letters, digits, spaces and . , ' & ( ) - only.");
        assertThat(shown("settings-saved")).isFalse();
    }

    @Test
    void the_apis_refusal_of_a_field_shows_next_to_it_and_a_stale_version_says_so() {
        ui.signInAs("adam");
        ui.navigate("council-settings");
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("emailSenderName", "must be letters, digits, spaces and . , ' & ( ) - only"))));
        click("settings-save");
        TextField sender = byId(TextField.class, "settings-sender");
        assertThat(sender.isInvalid()).isTrue();
        assertThat(sender.getErrorMessage()).isEqualTo("must be letters, digits, spaces and . , ' & ( ) - only");

        api.failNext(HttpStatus.CONFLICT, new Problem("urn:homecare-portal:problem:conflict", "Conflict", 409,
                "The council's settings changed since you loaded them. Load them again and redo your change.", null));
        click("settings-save");
        assertThat(Screen.notificationTexts()).contains(ui.context().getBean(uk.homecare.portal.ui.i18n.Messages.class).get("problem.conflict"));
        assertThat(shown("settings-saved")).isFalse();
    }

    @Test
    void the_admin_is_offered_settings_and_audit_and_a_commissioner_neither() {
        ui.signInAs("adam");
        assertThat(navigation()).contains("Council settings", "Audit trail");
        ui.navigate("council-settings");
        assertThat(byId(Button.class, "settings-save").getElement().getAttribute(ActionMark.ACTION))
                .isEqualTo("Capability.EDIT_COUNCIL_SETTINGS");

        ui.signInAs("cora");
        assertThat(navigation()).doesNotContain("Council settings", "Audit trail");
        ui.navigate("council-settings");
        expectView(AccessDeniedView.class);
    }

    @Test
    void an_admin_the_api_does_not_let_change_the_settings_sees_them_without_a_save_button() {
        ui.identity().add(new Me(UUID.randomUUID(), "ada", "Ada Admin", Role.ADMIN, FakeIdentityClient.COVENTRY, null,
                List.of(FakeIdentityClient.COVENTRY), List.of(), "en", List.of(Capability.CHECK_LEDGER)));
        ui.signInAs("ada");
        assertThat(navigation()).doesNotContain("Council settings", "Audit trail");
        ui.navigate("council-settings");
        assertThat(shown("settings-save") && byId(Button.class, "settings-save").isVisible()).isFalse();
        assertThat(byId(IntegerField.class, "settings-min-visit").isReadOnly()).isTrue();
    }
}
