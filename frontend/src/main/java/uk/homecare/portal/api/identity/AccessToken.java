package uk.homecare.portal.api.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A bearer token issued at login or by the OAuth2 token endpoint. */
@Serdeable
public record AccessToken(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") Integer expiresIn,
        String username,
        List<String> roles) {}
