package uk.homecare.portal.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.allText;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

class TwoStepViewTest {

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

    private static int codesShown() {
        return _find(ListItem.class, spec -> spec.withPredicate(item -> item.getParent().flatMap(p -> p.getId())
                .filter("two-step-codes"::equals).isPresent())).size();
    }

    @Test
    void a_commissioner_sets_it_up_from_the_secret_in_groups_of_four_and_sees_the_recovery_codes_once() {
        ui.signInAs("cora");
        assertThat(shown("nav-two-step-verification")).isTrue();
        ui.navigate("two-step-verification");
        expectView(TwoStepView.class);
        Screen.assertTranslatedAndLabelled();

        click("two-step-start");

        assertThat(byId(Span.class, "two-step-secret").getText()).isEqualTo("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
        assertThat(byId(Anchor.class, "two-step-link").getHref()).startsWith("otpauth://totp/Homecare%20Portal:cora?secret=");
        assertThat(allText()).contains("otpauth://totp/");
        TextField code = byId(TextField.class, "two-step-confirm-code");
        assertThat(code.getElement().getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.getElement().getAttribute("inputmode")).isEqualTo("numeric");
        Screen.assertTranslatedAndLabelled();

        _setValue(code, "000000");
        click("two-step-confirm-submit");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("The code is not right");
        assertThat(ui.identity().enrolled("cora")).isFalse();

        _setValue(code, FakeIdentityClient.CODE);
        click("two-step-confirm-submit");

        assertThat(ui.identity().enrolled("cora")).isTrue();
        assertThat(codesShown()).isEqualTo(10);
        assertThat(_get(OrderedList.class, spec -> spec.withId("two-step-codes")).getElement().getText()).isEmpty();
        assertThat(allText()).contains(FakeIdentityClient.RECOVERY_CODE).contains("shown only this once");
        assertThat(currentUser().get().orElseThrow().me().mfaEnrolled()).as("the session knows").isTrue();

        click("two-step-continue");
        assertThat(shown("two-step-codes")).isFalse();
        assertThat(shown("two-step-on")).isTrue();
    }

    @Test
    void someone_whose_council_requires_it_is_told_so_and_signs_in_again_after_setting_it_up() {
        ui.identity().require("adam");
        ui.signInAs("adam");
        expectView(TwoStepView.class);
        assertThat(shown("two-step-required")).isTrue();

        click("two-step-start");
        _setValue(byId(TextField.class, "two-step-confirm-code"), FakeIdentityClient.CODE);
        click("two-step-confirm-submit");
        assertThat(codesShown()).isEqualTo(10);
        assertThat(allText()).contains("sign in again");

        click("two-step-continue");
        assertThat(currentUser().get()).isEmpty();
    }

    @Test
    void someone_set_up_gets_new_recovery_codes_for_a_current_code() {
        ui.identity().enrol("pete");
        ui.navigate("login");
        com.github.mvysny.kaributesting.v10.LoginFormKt._login(_get(com.vaadin.flow.component.login.LoginForm.class), "pete",
                FakeIdentityClient.PASSWORD);
        _setValue(byId(TextField.class, "login-code"), FakeIdentityClient.CODE);
        click("login-code-submit");
        ui.navigate("two-step-verification");
        assertThat(shown("two-step-on")).isTrue();
        Screen.assertTranslatedAndLabelled();

        click("two-step-regenerate-submit");
        assertThat(byId(TextField.class, "two-step-regenerate-code").getErrorMessage()).isEqualTo("Enter the code your app shows.");
        _setValue(byId(TextField.class, "two-step-regenerate-code"), FakeIdentityClient.CODE);
        click("two-step-regenerate-submit");

        assertThat(codesShown()).isEqualTo(10);
        assertThat(allText()).contains("kmnp-qrst-uvwx");
    }

    @Test
    void people_receiving_care_are_not_offered_it() {
        ui.signInAs("sue");
        assertThat(shown("nav-two-step-verification")).isFalse();
        ui.navigate("two-step-verification");
        assertThat(shown("two-step-not-for-you")).isTrue();
        assertThat(shown("two-step-start")).isFalse();
    }
}
