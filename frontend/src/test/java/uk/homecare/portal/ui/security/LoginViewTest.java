package uk.homecare.portal.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.ui.account.TwoStepView;
import uk.homecare.portal.ui.layout.HomeView;
import uk.homecare.portal.ui.reference.ZonesView;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

class LoginViewTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private CurrentUser currentUser() {
        return ui.context().getBean(CurrentUser.class);
    }

    private static String formTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void signing_in_keeps_the_token_and_the_person_in_the_session() {
        ui.signInAs("cora");
        expectView(HomeView.class);
        SignedInUser user = currentUser().get().orElseThrow();
        assertThat(user.token()).isEqualTo("token-of-cora");
        assertThat(user.me().displayName()).isEqualTo("Cora Commissioner");
    }

    @Test
    void a_wrong_password_shows_the_form_error_and_signs_no_one_in() {
        ui.navigate("login");
        LoginForm form = _get(LoginForm.class);
        _login(form, "cora", "wrong");
        expectView(LoginView.class);
        assertThat(form.isError()).isTrue();
        assertThat(formTexts(form)).contains("Wrong username or password");
        assertThat(currentUser().get()).isEmpty();
    }

    @Test
    void too_many_attempts_shows_that_sign_in_is_paused() {
        ui.identity().throttle();
        ui.navigate("login");
        LoginForm form = _get(LoginForm.class);
        _login(form, "cora", "secret");
        assertThat(form.isError()).isTrue();
        assertThat(formTexts(form)).contains("Too many attempts").contains("Wait a few minutes");
    }

    @Test
    void an_expired_token_sends_the_person_to_sign_in_again_with_a_message() {
        ui.signInAs("cora");
        ui.reference().failNext(HttpStatus.UNAUTHORIZED, null);
        ui.navigate("zones");
        MockVaadin.clientRoundtrip(false);
        expectView(LoginView.class);
        assertThat(currentUser().get()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-notice")).getText())
                .isEqualTo("Your session has expired. Please sign in again.");
    }

    @Test
    void an_expired_token_during_a_click_sends_the_person_to_sign_in_at_once() {
        ui.signInAs("cora");
        ui.navigate("zones");
        ui.reference().failNext(HttpStatus.UNAUTHORIZED, null);
        _click(_get(Button.class, spec -> spec.withId("zones-reload")));
        expectView(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-notice")).getText())
                .isEqualTo("Your session has expired. Please sign in again.");
    }

    @Test
    void the_api_is_called_with_the_signed_in_persons_bearer_token() {
        ui.signInAs("cora");
        ui.navigate("zones");
        expectView(ZonesView.class);
        assertThat(ui.reference().lastAuthorization).isEqualTo("Bearer token-of-cora");
    }

    @Test
    void an_account_with_two_step_verification_is_asked_for_its_code_as_a_second_step_and_signed_in_with_it() {
        ui.identity().enrol("cora");
        ui.navigate("login");
        _login(_get(LoginForm.class), "cora", FakeIdentityClient.PASSWORD);

        expectView(LoginView.class);
        assertThat(currentUser().get()).isEmpty();
        assertThat(shown("login-form")).isFalse();
        TextField code = byId(TextField.class, "login-code");
        assertThat(code.getLabel()).isEqualTo("Code from your authenticator app");
        assertThat(code.getElement().getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.getElement().getAttribute("inputmode")).isEqualTo("numeric");
        Screen.assertTranslatedAndLabelled();

        _setValue(code, FakeIdentityClient.CODE);
        click("login-code-submit");

        expectView(HomeView.class);
        assertThat(currentUser().get()).isPresent();
        assertThat(ui.identity().codesSent).containsExactly(null, FakeIdentityClient.CODE);
    }

    @Test
    void a_wrong_code_is_shown_next_to_its_field_and_signs_no_one_in() {
        ui.identity().enrol("cora");
        ui.navigate("login");
        _login(_get(LoginForm.class), "cora", FakeIdentityClient.PASSWORD);
        click("login-code-submit");
        TextField code = byId(TextField.class, "login-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Enter the code.");

        _setValue(code, "000000");
        click("login-code-submit");

        expectView(LoginView.class);
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("The code is not right");
        assertThat(currentUser().get()).isEmpty();

        click("login-code-back");
        assertThat(shown("login-form")).isTrue();
        assertThat(shown("login-code")).isFalse();
    }

    @Test
    void a_recovery_code_may_be_given_instead_with_a_keyboard_for_letters() {
        ui.identity().enrol("cora");
        ui.navigate("login");
        _login(_get(LoginForm.class), "cora", FakeIdentityClient.PASSWORD);
        click("login-use-recovery-code");
        TextField code = byId(TextField.class, "login-code");
        assertThat(code.getLabel()).isEqualTo("Recovery code");
        assertThat(code.getElement().getAttribute("inputmode")).isEqualTo("text");

        _setValue(code, FakeIdentityClient.RECOVERY_CODE);
        click("login-code-submit");

        expectView(HomeView.class);
    }

    @Test
    void a_person_who_must_set_up_two_step_verification_is_taken_to_it_from_anywhere() {
        ui.identity().require("cora");
        ui.signInAs("cora");
        expectView(TwoStepView.class);

        ui.navigate("zones");
        expectView(TwoStepView.class);
        ui.navigate("");
        expectView(TwoStepView.class);
    }

    @Test
    void logging_out_forgets_the_person_and_shows_the_login_view() {
        ui.signInAs("cora");
        _click(_get(Button.class, spec -> spec.withId("logout")));
        assertThat(currentUser().get()).isEmpty();
        ui.navigate("");
        expectView(LoginView.class);
    }
}
