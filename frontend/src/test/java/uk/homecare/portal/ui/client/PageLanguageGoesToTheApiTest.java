package uk.homecare.portal.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Every call the UI makes carries the page's language, so the API answers (problems, statements) in it. */
class PageLanguageGoesToTheApiTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @SuppressWarnings("DataFlowIssue")
    private static MutableHttpRequest<?> called(String token) {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/me");
        new BearerBinder().bind(null, null, new Bearer(token), request);
        return request;
    }

    @Test
    void aCallFromAWelshPageAsksForWelsh() {
        UI.getCurrent().setLocale(Locale.of("cy", "GB"));

        MutableHttpRequest<?> request = called("t");

        assertThat(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)).isEqualTo("cy-GB");
        assertThat(request.getHeaders().get(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer t");
    }

    @Test
    void aCallFromAnEnglishPageAsksForEnglish() {
        UI.getCurrent().setLocale(Locale.UK);

        assertThat(called("t").getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)).isEqualTo("en-GB");
    }
}
