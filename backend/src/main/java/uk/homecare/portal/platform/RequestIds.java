package uk.homecare.portal.platform;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import uk.homecare.portal.api.RequestId;

/**
 * Every request has an id, in every log line written while it is served ({@code requestId} in the log's context)
 * and in the answer's {@code X-Request-ID}, so that an operator can find the lines of one failure a person or a
 * partner reports. The id the caller sends (the UI sends its own, so a click and the API calls it made share one)
 * is kept when it is a plain token; anything else is replaced, as it would reach the log.
 */
@ServerFilter("/**")
final class RequestIds implements Ordered {

    @RequestFilter
    void name(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = RequestId.orNew(request.getHeaders().get(RequestId.HEADER));
        request.setAttribute(RequestId.LOG_KEY, id);
        context.add(new MdcPropagationContext(Map.of(RequestId.LOG_KEY, id)));
    }

    @ResponseFilter
    void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(RequestId.LOG_KEY, String.class).ifPresent(id -> response.header(RequestId.HEADER, id));
    }

    /** Before every other filter, so that what they log carries the id and their refusals carry the header. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
