package uk.homecare.portal.platform.idempotency;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Marks an answer replayed for a repeated Idempotency-Key ({@code Idempotent-Replayed: true}), whatever the operation returns. */
@ServerFilter("/**")
final class ReplayedHeader {

    @ResponseFilter
    void mark(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(IdempotentRequests.REPLAYED_ATTRIBUTE, Boolean.class).orElse(false)
                && !response.getHeaders().contains(IdempotentRequests.REPLAYED_HEADER)) {
            response.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
    }
}
