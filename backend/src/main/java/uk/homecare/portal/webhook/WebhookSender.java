package uk.homecare.portal.webhook;

import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries. Each node claims a batch with SKIP LOCKED and a lease, POSTs the
 * deliveries in parallel (one virtual thread each, so one slow receiver holds up no other), and
 * records each try: delivered on any 2xx, otherwise one more failed try with the next after a doubling
 * wait, until it gives up. At least once: a node that dies after sending but before recording leaves the
 * lease to run out, and the delivery is sent again. Order is not kept between deliveries.
 */
@Singleton
public class WebhookSender {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final int MAX_ERROR_LENGTH = 300;

    /** What one run did. */
    public record Delivery(int claimed, int delivered, int failed) {}

    private final WebhookQueue queue;
    private final WebhookSettings settings;
    private final JsonMapper json;
    private final HttpClient http;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    private final PublicAddressPolicy addresses;

    WebhookSender(WebhookQueue queue, WebhookSettings settings, JsonMapper json, PublicAddressPolicy addresses) {
        this.addresses = addresses;
        this.queue = queue;
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @PreDestroy
    void close() {
        senders.shutdownNow();
        http.shutdownNow();
    }

    /** Sends one batch of the deliveries due at {@code now} and records how each went. */
    public Delivery deliverDue(Instant now) {
        List<WebhookQueue.Claimed> claimed = queue.claim(now, now.plus(settings.lease()), settings.batchSize());
        List<Future<Boolean>> results = new ArrayList<>(claimed.size());
        for (WebhookQueue.Claimed delivery : claimed) {
            results.add(senders.submit(() -> send(delivery, now)));
        }
        int delivered = 0;
        for (Future<Boolean> result : results) {
            try {
                if (result.get()) {
                    delivered++;
                }
            } catch (ExecutionException e) {
                LOG.warn("A webhook delivery could not be recorded; its lease runs out and it is tried again: {}",
                        failureOf(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Delivery(claimed.size(), delivered, claimed.size() - delivered);
    }

    int batchSize() {
        return settings.batchSize();
    }

    private boolean send(WebhookQueue.Claimed delivery, Instant now) {
        Integer status = null;
        String error;
        try {
            String refusal = addresses.refusal(delivery.url());
            if (refusal != null) {
                failed(delivery, null, shortened("Not sent: " + refusal), now);
                return false;
            }
            status = http.send(request(delivery, now), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return queue.delivered(delivery, status, now);
            }
            error = status >= 300 && status < 400 ? "HTTP " + status + " (redirects are not followed)" : "HTTP " + status;
        } catch (HttpTimeoutException e) {
            error = "No answer within " + settings.requestTimeout().toSeconds() + " s (" + e.getClass().getSimpleName() + ")";
        } catch (IOException | IllegalArgumentException e) {
            error = failureOf(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        failed(delivery, status, shortened(error), now);
        return false;
    }

    private HttpRequest request(WebhookQueue.Claimed delivery, Instant now) throws IOException {
        String body = json.writeValueAsString(delivery.event());
        long timestamp = now.getEpochSecond();
        return HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "homecare-portal-webhooks/1")
                .header(WebhookSignature.ID, delivery.id().toString())
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(delivery.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private void failed(WebhookQueue.Claimed delivery, Integer status, String error, Instant now) {
        int attempts = delivery.attempts() + 1;
        boolean givingUp = attempts >= settings.maxAttempts();
        // The log names the delivery and the failure, never the body: it carries nothing personal, but stays out of logs.
        LOG.info("Webhook delivery {} failed (try {} of {}): {}", delivery.id(), attempts, settings.maxAttempts(), error);
        queue.failed(delivery, status, error, now, now.plus(settings.retryAfter(attempts)), givingUp ? now : null);
    }

    /** The kinds of failure, outermost first ("ConnectException < ClosedChannelException"): never a message, nothing personal. */
    static String failureOf(Throwable failure) {
        StringJoiner kinds = new StringJoiner(" < ");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.size() < 6 && seen.add(t); t = t.getCause()) {
            kinds.add(t.getClass().getSimpleName());
        }
        return shortened(kinds.toString());
    }

    private static String shortened(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
