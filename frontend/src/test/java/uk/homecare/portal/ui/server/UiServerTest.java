package uk.homecare.portal.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UiServerTest {

    private static ApplicationContext context;
    private static UiServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of("ui.port", 0));
        server = context.getBean(UiServer.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_server_listens_on_a_random_port_when_asked_for_port_zero() {
        assertThat(server.port()).isPositive().isNotEqualTo(8081);
    }

    @Test
    void the_login_page_is_served_from_the_precompiled_bundle_without_node() throws Exception {
        HttpResponse<String> page = get("login");
        assertThat(page.statusCode()).isEqualTo(200);
        var script = Pattern.compile("VAADIN/build/[^\"]+\\.js").matcher(page.body());
        assertThat(script.find()).as(page.body()).isTrue();
        assertThat(get(script.group()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_lumo_stylesheet_is_served() throws Exception {
        HttpResponse<String> css = get("lumo/lumo.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("--lumo-");
    }
}
