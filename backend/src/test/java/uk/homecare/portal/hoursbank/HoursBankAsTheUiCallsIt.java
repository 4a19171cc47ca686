package uk.homecare.portal.hoursbank;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.bind.ClientRequestUriContext;
import io.micronaut.http.client.bind.TypedClientArgumentRequestBinder;
import jakarta.inject.Singleton;
import uk.homecare.portal.api.hoursbank.HoursBankOperations;
import uk.homecare.portal.api.identity.Bearer;

/** The contract's hours-bank operations as a declarative client, as the UI's client is made, with the caller's token as a header. */
@Client("/")
interface HoursBankAsTheUiCallsIt extends HoursBankOperations<Bearer> {

    /** Sends the {@link Bearer} caller as the {@code Authorization} header, as the UI does. */
    @Singleton
    final class BearerAsAuthorization implements TypedClientArgumentRequestBinder<Bearer> {

        @Override
        public Argument<Bearer> argumentType() {
            return Argument.of(Bearer.class);
        }

        @Override
        public void bind(ArgumentConversionContext<Bearer> context, ClientRequestUriContext uri, Bearer caller, MutableHttpRequest<?> request) {
            request.header(HttpHeaders.AUTHORIZATION, caller.header());
        }
    }
}
