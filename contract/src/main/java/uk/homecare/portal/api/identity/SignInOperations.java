package uk.homecare.portal.api.identity;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;

/** Signing a person in. */
public interface SignInOperations {

    @Post("/login")
    AccessToken login(@Body Credentials credentials);
}
