package uk.homecare.portal.api.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A bearer token issued at login or by the OAuth2 token endpoint. */
@Serdeable
public record AccessToken(
        @Schema(description = "A signed JWT to send as Authorization: Bearer", example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb21taXNzaW9uZXJAY292ZW50cnkuZGVtbyJ9.c2lnbmF0dXJl")
        @JsonProperty("access_token") String accessToken,
        @Schema(example = "Bearer") @JsonProperty("token_type") String tokenType,
        @Schema(description = "Seconds until the token expires", example = "3600") @JsonProperty("expires_in") Integer expiresIn,
        @Schema(example = "commissioner@coventry.demo") String username,
        @Schema(example = "[\"COMMISSIONER\"]") List<String> roles) {}
