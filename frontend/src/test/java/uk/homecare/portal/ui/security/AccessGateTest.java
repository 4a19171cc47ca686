package uk.homecare.portal.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.layout.HomeView;
import uk.homecare.portal.ui.reference.RatesView;
import uk.homecare.portal.ui.reference.ZonesView;
import uk.homecare.portal.ui.testing.KaribuUi;

class AccessGateTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_view() {
        ui.navigate("zones");
        expectView(LoginView.class);
    }

    @Test
    void the_home_page_also_needs_signing_in() {
        ui.navigate("");
        expectView(LoginView.class);
    }

    @Test
    void after_signing_in_the_visitor_is_brought_back_to_the_page_they_asked_for() {
        ui.navigate("rates");
        expectView(LoginView.class);
        ui.signInAs("cora");
        expectView(RatesView.class);
    }

    @Test
    void a_commissioner_may_open_the_reference_views() {
        ui.signInAs("cora");
        ui.navigate("zones");
        expectView(ZonesView.class);
    }

    @Test
    void a_provider_is_told_they_cannot_open_a_commissioner_view() {
        ui.signInAs("pete");
        ui.navigate("zones");
        expectView(AccessDeniedView.class);
    }

    @Test
    void signing_in_lands_on_the_home_view_with_the_person_in_the_header() {
        ui.signInAs("cora");
        expectView(HomeView.class);
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText())
                .isEqualTo("Cora Commissioner (Commissioner), Coventry City Council");
    }
}
