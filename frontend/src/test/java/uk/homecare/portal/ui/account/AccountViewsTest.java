package uk.homecare.portal.ui.account;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._forgotPassword;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.grid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.account.Account;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.ui.testing.FakeAccountClient;
import uk.homecare.portal.ui.testing.FakeLinkClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Administrators manage accounts and invite people; the platform administrator creates councils; links set passwords. */
class AccountViewsTest {

    private KaribuUi ui;
    private FakeAccountClient accounts;
    private FakeLinkClient links;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        accounts = ui.accounts();
        links = ui.links();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static void open(String route, String token) {
        UI.getCurrent().navigate(route, QueryParameters.simple(Map.of("token", token)));
    }

    private static List<String> navigation() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void administratorsAreOfferedAccountsAndThePlatformAdministratorCouncils() {
        ui.signInAs("adam");
        assertThat(navigation()).contains("Accounts").doesNotContain("Councils");
        ui.signInAs("pat");
        assertThat(navigation()).contains("Accounts", "Councils");
        ui.signInAs("paula");
        assertThat(navigation()).contains("Accounts");
        ui.signInAs("cora");
        assertThat(navigation()).doesNotContain("Accounts", "Councils");
    }

    @Test
    void eachAccountShowsTheButtonsItsActionsAllowAndTheyCallTheApi() {
        ui.signInAs("adam");
        ui.navigate("accounts");
        Account cora = accounts.accounts.getFirst();
        Account gone = accounts.accounts.get(1);

        assertThat(_size(grid("accounts-grid"))).isEqualTo(2);
        HorizontalLayout coraActions = (HorizontalLayout) _getCellComponent(grid("accounts-grid"), 0, "actions");
        assertThat(coraActions.getChildren().map(c -> ((Button) c).getText()).toList()).containsExactly("Deactivate", "Make Administrator");
        HorizontalLayout goneActions = (HorizontalLayout) _getCellComponent(grid("accounts-grid"), 1, "actions");
        assertThat(goneActions.getChildren().map(c -> ((Button) c).getText()).toList()).containsExactly("Reactivate");

        _click((Button) coraActions.getChildren().toList().get(1));
        _click((Button) goneActions.getChildren().toList().getFirst());

        assertThat(accounts.calls).containsExactly("role ADMIN " + cora.id(), "reactivate " + gone.id());
    }

    @Test
    void anAdministratorInvitesToTheRolesTheApiAllowsAndRevokesAPendingInvitation() {
        ui.signInAs("adam");
        ui.navigate("accounts");
        @SuppressWarnings("unchecked")
        Select<Role> role = byId(Select.class, "invite-role");
        assertThat(role.getListDataView().getItems().toList()).containsExactlyElementsOf(accounts.invitableRoles);
        assertThat(byId(Paragraph.class, "invitations-none").isVisible()).isTrue();

        _setValue(byId(EmailField.class, "invite-email"), "New.Starter@coventry.gov.uk");
        _setValue(byId(TextField.class, "invite-name"), "New Starter");
        _setValue(role, Role.COMMISSIONER);
        _click(byId(Button.class, "invite-send"));

        assertThat(accounts.lastForm).isEqualTo(new InvitationForm("New.Starter@coventry.gov.uk", "New Starter", Role.COMMISSIONER,
                null, null, null));
        assertThat(_size(grid("invitations-grid"))).isOne();
        _click((Button) _getCellComponent(grid("invitations-grid"), 0, "actions"));
        assertThat(accounts.invitations).isEmpty();
    }

    @Test
    void thePlatformAdministratorCreatesACouncilAndInvitesItsAdministrator() {
        ui.signInAs("pat");
        ui.navigate("councils");
        _setValue(byId(TextField.class, "council-name"), "Newtown Borough Council");
        _setValue(byId(TextField.class, "council-code"), "newtown");
        _setValue(byId(TextField.class, "council-ods-code"), "E06000999");
        _click(byId(Button.class, "council-create"));

        assertThat(_size(grid("councils-grid"))).isEqualTo(2);
        _setValue(byId(EmailField.class, "admin-email"), "admin@newtown.gov.uk");
        _setValue(byId(TextField.class, "admin-name"), "Nia Admin");
        _click(byId(Button.class, "admin-invite"));

        InvitationForm sent = (InvitationForm) accounts.lastForm;
        assertThat(sent.role()).isEqualTo(Role.ADMIN);
        assertThat(sent.councilId()).isEqualTo(accounts.councils.getLast().id());
    }

    @Test
    void anInvitationSaysWhoInvitedAndSetsAPasswordWithErrorsNextToTheFields() {
        open("invitation", FakeLinkClient.GOOD);
        assertThat(byId(Paragraph.class, "invitation-details").getText())
                .isEqualTo("Adam Admin invited you as Commissioner at Coventry City Council. Your username will be new.starter@coventry.gov.uk.");
        PasswordField password = byId(PasswordField.class, "invitation-password");
        PasswordField confirm = byId(PasswordField.class, "invitation-confirm");

        _setValue(password, "a long enough password");
        _setValue(confirm, "a different password");
        _click(byId(Button.class, "invitation-accept"));
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).isEqualTo("The two passwords are not the same.");

        _setValue(password, "short");
        _setValue(confirm, "short");
        _click(byId(Button.class, "invitation-accept"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters.");

        _setValue(password, "password1234");
        _setValue(confirm, "password1234");
        _click(byId(Button.class, "invitation-accept"));
        assertThat(password.getErrorMessage()).isEqualTo("This password is too common.");

        _setValue(password, "a long walk by the river");
        _setValue(confirm, "a long walk by the river");
        _click(byId(Button.class, "invitation-accept"));
        assertThat(byId(Paragraph.class, "invitation-outcome").getText()).contains("Your account is ready");
        assertThat(byId(RouterLink.class, "invitation-sign-in").isVisible()).isTrue();
        assertThat(links.passwordsSet).hasSize(1);
    }

    @Test
    void aLinkThatNoLongerWorksSaysSo() {
        open("invitation", "used");
        assertThat(byId(Paragraph.class, "invitation-details").getText()).contains("does not work");
        assertThat(_find(Button.class, spec -> spec.withId("invitation-accept"))).as("no button to accept it").isEmpty();

        open("new-password", "expired");
        _setValue(byId(PasswordField.class, "new-password-password"), "a long walk by the river");
        _setValue(byId(PasswordField.class, "new-password-confirm"), "a long walk by the river");
        _click(byId(Button.class, "new-password-save"));
        assertThat(byId(Paragraph.class, "new-password-outcome").getText()).contains("does not work");
        assertThat(byId(RouterLink.class, "new-password-again").isVisible()).isTrue();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheLoginPage() {
        ui.navigate("login");
        _forgotPassword(_get(LoginForm.class));
        expectView(ForgottenPasswordView.class);
        _setValue(byId(EmailField.class, "reset-email"), "cora@coventry.gov.uk");
        _click(byId(Button.class, "reset-send"));
        assertThat(links.resetsAskedFor).containsExactly("cora@coventry.gov.uk");
        assertThat(byId(Paragraph.class, "reset-outcome").getText()).startsWith("If an account has this e-mail address");

        open("new-password", FakeLinkClient.GOOD);
        _setValue(byId(PasswordField.class, "new-password-password"), "a long walk by the river");
        _setValue(byId(PasswordField.class, "new-password-confirm"), "a long walk by the river");
        _click(byId(Button.class, "new-password-save"));
        assertThat(byId(Paragraph.class, "new-password-outcome").getText()).isEqualTo("Your new password is set. Sign in with it.");
    }
}
