package uk.homecare.portal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.platform.problem.PortalProblem;

/** The rules that need no database: which URLs are accepted, and how long to wait between tries. */
class WebhookRulesTest {

    private static WebhookSettings settings(boolean requireHttps) {
        return new WebhookSettings(50, 12, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2),
                Duration.ofSeconds(5), Duration.ofSeconds(10), 10, requireHttps);
    }

    @Test
    void a_plain_http_url_is_refused_where_https_is_required() {
        Webhooks production = new Webhooks(null, settings(true), new PublicAddressPolicy(true));

        assertThat(production.checked("https://icb.example.nhs.uk/hooks/chc?tenant=cov")).isEqualTo("https://icb.example.nhs.uk/hooks/chc?tenant=cov");
        assertThatThrownBy(() -> production.checked("http://icb.example.nhs.uk/hooks/chc"))
                .isInstanceOf(PortalProblem.class).hasMessage("must use https");
        assertThat(new Webhooks(null, settings(false), new PublicAddressPolicy(true)).checked("http://127.0.0.1:8080/hook")).isEqualTo("http://127.0.0.1:8080/hook");
    }

    @Test
    void a_url_with_a_user_name_or_a_fragment_or_no_host_is_refused() {
        Webhooks webhooks = new Webhooks(null, settings(false), new PublicAddressPolicy(true));
        for (String url : new String[] {"https://user:pw@example.org/hook", "https://example.org/hook#part", "https:///hook", "mailto:a@b.c"}) {
            assertThatThrownBy(() -> webhooks.checked(url)).as(url).isInstanceOf(PortalProblem.class);
        }
    }

    @Test
    void the_wait_between_tries_doubles_from_thirty_seconds_up_to_an_hour() {
        WebhookSettings settings = settings(true);

        assertThat(IntStream.rangeClosed(1, 9).mapToObj(settings::retryAfter).map(Duration::toSeconds))
                .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L);
        assertThat(settings.retryAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_lease_shorter_than_one_request_is_refused_at_start() {
        assertThatThrownBy(() -> new WebhookSettings(50, 12, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(10),
                Duration.ofSeconds(5), Duration.ofSeconds(10), 10, true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_url_that_points_inside_the_network_is_refused() {
        PublicAddressPolicy policy = new PublicAddressPolicy(false);

        assertThat(policy.refusal("https://127.0.0.1/hooks")).contains("internal");
        assertThat(policy.refusal("https://10.20.30.40/hooks")).contains("internal");
        assertThat(policy.refusal("https://192.168.1.5/hooks")).contains("internal");
        assertThat(policy.refusal("https://169.254.169.254/latest/meta-data")).contains("internal");
        assertThat(policy.refusal("https://[::1]/hooks")).contains("internal");
        assertThat(policy.refusal("https://[fd00::1]/hooks")).contains("internal");
        assertThat(policy.refusal("https://8.8.8.8/hooks")).isNull();
    }

    @Test
    void shared_reserved_and_ipv4_in_ipv6_addresses_inside_the_network_are_refused_too() {
        PublicAddressPolicy policy = new PublicAddressPolicy(false);

        assertThat(List.of("100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3", "198.18.0.1", "192.0.0.8", "240.0.0.1",
                "255.255.255.255", "[::ffff:10.0.0.1]", "[::ffff:127.0.0.1]", "[64:ff9b::a9fe:a9fe]", "[2002:c0a8:0101::1]",
                "[fec0::1]", "[2001:db8::1]"))
                .allSatisfy(host -> assertThat(policy.refusal("https://" + host + "/hooks")).as(host).contains("internal"));
        assertThat(List.of("100.128.0.1", "100.63.255.255", "198.20.0.1", "[::ffff:8.8.8.8]", "[2a00:1450:4009:81f::200e]"))
                .allSatisfy(host -> assertThat(policy.refusal("https://" + host + "/hooks")).as(host).isNull());
    }

    @Test
    void a_webhook_is_posted_to_the_address_that_was_checked_not_to_a_fresh_look_up_of_its_name() throws Exception {
        try (Receiver receiver = Receiver.accepting()) {
            URI checked = URI.create(receiver.url());
            // A name that resolves to nothing now: the POST still reaches the address checked earlier, with the name as Host.
            URI named = URI.create("http://rebound.invalid:" + checked.getPort() + checked.getPath());

            int status = PinnedPost.send(named, InetAddress.getByName(checked.getHost()),
                    Map.of("Content-Type", "application/json", WebhookSignature.ID, "pinned"),
                    "{}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5), Duration.ofSeconds(5));

            assertThat(status).isEqualTo(204);
            assertThat(receiver.received()).singleElement().satisfies(received -> {
                assertThat(received.id()).isEqualTo("pinned");
                assertThat(received.body()).isEqualTo("{}");
            });
        }
    }
}
