package uk.homecare.portal.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A partner's webhook endpoint, in the test: a real HTTP server on a free port of this machine that
 * keeps every request it gets and answers 500 to the first {@code failures} of them, then 204.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived: the headers that matter and the raw body. */
    record Received(String contentType, String id, String timestamp, String signature, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;

    private Receiver(int failures, long delayMillis) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hooks/chc", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst("Content-Type"), headers.getFirst("Webhook-Id"),
                        headers.getFirst("Webhook-Timestamp"), headers.getFirst("Webhook-Signature"), body));
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 204, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    static Receiver accepting() {
        return new Receiver(0, 0);
    }

    static Receiver failingFirst(int failures) {
        return new Receiver(failures, 0);
    }

    /** Answers each request only after a while, so racing senders overlap. */
    static Receiver slow(long delayMillis) {
        return new Receiver(0, delayMillis);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/chc";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** How many times each Webhook-Id arrived. */
    Map<String, Long> timesById() {
        return received.stream().collect(Collectors.groupingBy(Received::id, Collectors.counting()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
