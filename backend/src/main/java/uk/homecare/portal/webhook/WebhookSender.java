package uk.homecare.portal.webhook;

import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.platform.Failures;
import uk.homecare.portal.platform.StoppingGate;

/**
 * Sends due webhook deliveries. Each node claims a batch with SKIP LOCKED and a lease, POSTs the
 * deliveries in parallel (one virtual thread each, so one slow receiver holds up no other), and
 * records each try: delivered on any 2xx, otherwise one more failed try with the next after a doubling
 * wait, until it gives up. At least once: a node that dies after sending but before recording leaves the
 * lease to run out, and the delivery is sent again; so does a node that stops mid-request, without counting a try
 * against the partner (a delivery on its last try would otherwise be given up because a node stopped). A stopping
 * node claims no further batch. Order is not kept between deliveries.
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
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    private final PublicAddressPolicy addresses;

    WebhookSender(WebhookQueue queue, WebhookSettings settings, JsonMapper json, PublicAddressPolicy addresses) {
        this.addresses = addresses;
        this.queue = queue;
        this.settings = settings;
        this.json = json;
    }

    /** Once the node stops, a request cut short by that is no failure of the partner's, and is not recorded as one. */
    private final StoppingGate gate = new StoppingGate();

    @PreDestroy
    void close() {
        gate.stop();
        senders.shutdownNow();
    }

    /** Sends one batch of the deliveries due at {@code now} and records how each went; claims nothing once the node is stopping. */
    public Delivery deliverDue(Instant now) {
        // Claiming a batch and handing it to the senders is one step that stopping waits for.
        var claim = gate.unlessStopping(() -> {
            List<WebhookQueue.Claimed> batch = queue.claim(now, now.plus(settings.lease()), settings.batchSize());
            List<Future<Boolean>> sending = new ArrayList<>(batch.size());
            for (WebhookQueue.Claimed delivery : batch) {
                sending.add(senders.submit(() -> send(delivery, now)));
            }
            return new Claim(batch, sending);
        });
        if (claim.isEmpty()) {
            return new Delivery(0, 0, 0);
        }
        List<WebhookQueue.Claimed> claimed = claim.get().batch();
        List<Future<Boolean>> results = claim.get().sending();
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

    private record Claim(List<WebhookQueue.Claimed> batch, List<Future<Boolean>> sending) {}

    int batchSize() {
        return settings.batchSize();
    }

    private boolean send(WebhookQueue.Claimed delivery, Instant now) {
        Integer status = null;
        String error;
        try {
            PublicAddressPolicy.Resolution resolution = addresses.resolve(delivery.url());
            if (!resolution.allowed()) {
                failed(delivery, null, shortened("Not sent: " + resolution.refusal()), now);
                return false;
            }
            status = post(delivery, resolution.addresses().getFirst(), now);
            if (status >= 200 && status < 300) {
                return queue.delivered(delivery, status, now);
            }
            error = status >= 300 && status < 400 ? "HTTP " + status + " (redirects are not followed)" : "HTTP " + status;
        } catch (SocketTimeoutException e) {
            error = "No answer within " + settings.requestTimeout().toSeconds() + " s (" + e.getClass().getSimpleName() + ")";
        } catch (IOException | IllegalArgumentException e) {
            error = failureOf(e);
        }
        if (gate.stopping()) {
            // Not a try that failed: this node stopped mid-request. The lease runs out and another node sends it again.
            LOG.info("Webhook delivery {} cut short: this node is stopping; it is sent again when its lease runs out", delivery.id());
            return false;
        }
        failed(delivery, status, shortened(error), now);
        return false;
    }

    /** POSTs the signed event to the address that was checked, not to a fresh look-up of the name. */
    private int post(WebhookQueue.Claimed delivery, InetAddress address, Instant now) throws IOException {
        String body = json.writeValueAsString(delivery.event());
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "homecare-portal-webhooks/1");
        headers.put(WebhookSignature.ID, delivery.id().toString());
        headers.put(WebhookSignature.TIMESTAMP, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE, WebhookSignature.sign(delivery.secret(), timestamp, body));
        return PinnedPost.send(URI.create(delivery.url()), address, headers, body.getBytes(StandardCharsets.UTF_8),
                settings.connectTimeout(), settings.requestTimeout());
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
        return Failures.kinds(failure);
    }

    private static String shortened(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
