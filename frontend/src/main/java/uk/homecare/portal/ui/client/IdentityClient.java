package uk.homecare.portal.ui.client;

import static io.micronaut.http.HttpHeaders.AUTHORIZATION;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.*;

/** Signs a person in through the API and reads who they are. */
@Client("${ui.api-url:/}")
public interface IdentityClient {

    @Post("/login")
    AccessToken login(@Body Credentials credentials);

    @Get("/api/me")
    Me me(@Header(AUTHORIZATION) String authorization);
}
