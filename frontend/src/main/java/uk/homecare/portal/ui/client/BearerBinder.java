package uk.homecare.portal.ui.client;

import com.vaadin.flow.component.UI;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.bind.ClientRequestUriContext;
import io.micronaut.http.client.bind.TypedClientArgumentRequestBinder;
import jakarta.inject.Singleton;
import org.slf4j.MDC;
import uk.homecare.portal.api.RequestId;
import uk.homecare.portal.api.identity.Bearer;

/**
 * Sends a client call's {@link Bearer} caller as its {@code Authorization} header; the page's language as its
 * {@code Accept-Language}, so what the API writes (its problems, a statement) is in the language the page is in;
 * and the id of the UI request that made the call as its {@code X-Request-ID}, so the API's log lines carry it.
 */
@Singleton
final class BearerBinder implements TypedClientArgumentRequestBinder<Bearer> {

    @Override
    public Argument<Bearer> argumentType() {
        return Argument.of(Bearer.class);
    }

    @Override
    public void bind(ArgumentConversionContext<Bearer> context, ClientRequestUriContext uri, Bearer caller,
                     MutableHttpRequest<?> request) {
        request.header(HttpHeaders.AUTHORIZATION, caller.header());
        request.header(RequestId.HEADER, RequestId.orNew(MDC.get(RequestId.LOG_KEY)));
        UI page = UI.getCurrent();
        if (page != null && !request.getHeaders().contains(HttpHeaders.ACCEPT_LANGUAGE)) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, page.getLocale().toLanguageTag());
        }
    }
}
