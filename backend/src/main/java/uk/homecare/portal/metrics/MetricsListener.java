package uk.homecare.portal.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the Prometheus text on {@code GET /metrics} of a listener of its own, never on the public API's port.
 * It binds {@code portal.metrics.host} (default 127.0.0.1: only this machine may scrape; set 0.0.0.0 inside a
 * private network that Prometheus shares) and {@code portal.metrics.port} (default 9464; 0 takes any free port,
 * which {@link #port()} then tells). {@code portal.metrics.enabled=false} starts no listener. A port that cannot
 * be bound is logged and the portal runs on without its metrics: care is not stopped for want of a graph.
 */
@Context
@Requires(beans = PrometheusMeterRegistry.class)
@Requires(property = "portal.metrics.enabled", notEquals = "false")
final class MetricsListener {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsListener.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final @Nullable HttpServer server;

    MetricsListener(PrometheusMeterRegistry registry,
                    @Value("${portal.metrics.host:127.0.0.1}") String host,
                    @Value("${portal.metrics.port:9464}") int port) {
        this.registry = registry;
        this.server = bind(host, port);
        if (server != null) {
            server.createContext("/", this::answer);
            server.start();
            LOG.info("Metrics for Prometheus on http://{}:{}/metrics", host, port());
        }
    }

    private static @Nullable HttpServer bind(String host, int port) {
        try {
            return HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            LOG.error("The metrics listener cannot bind {}:{}; the portal runs without it: {}", host, port, e.getMessage());
            return null;
        }
    }

    /** The port the listener is bound to (the free one taken when {@code portal.metrics.port} is 0), or -1 when none. */
    int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"/metrics".equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", PROMETHEUS_TEXT);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if ("HEAD".equals(method)) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
