package uk.homecare.portal.ui.client;

import com.vaadin.flow.component.UI;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.bind.ClientRequestUriContext;
import io.micronaut.http.client.bind.TypedClientArgumentRequestBinder;
import jakarta.inject.Singleton;
import uk.homecare.portal.api.identity.Bearer;

/**
 * Sends a client call's {@link Bearer} caller as its {@code Authorization} header, and the page's language as its
 * {@code Accept-Language}, so what the API writes (its problems, a statement) is in the language the page is in.
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
        UI page = UI.getCurrent();
        if (page != null && !request.getHeaders().contains(HttpHeaders.ACCEPT_LANGUAGE)) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, page.getLocale().toLanguageTag());
        }
    }
}
