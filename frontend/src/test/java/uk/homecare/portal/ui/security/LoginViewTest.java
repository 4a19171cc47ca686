package uk.homecare.portal.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.ui.layout.HomeView;
import uk.homecare.portal.ui.reference.ZonesView;
import uk.homecare.portal.ui.testing.KaribuUi;

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
    void logging_out_forgets_the_person_and_shows_the_login_view() {
        ui.signInAs("cora");
        _click(_get(Button.class, spec -> spec.withId("logout")));
        assertThat(currentUser().get()).isEmpty();
        ui.navigate("");
        expectView(LoginView.class);
    }
}
