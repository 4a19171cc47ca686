package uk.homecare.portal.api.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The public key a client's signed assertions (private_key_jwt) are checked with: a JWK, a JWKS holding one
 * key, or a PEM {@code PUBLIC KEY}; RSA of 2048 bits or more, or EC. Send exactly one of {@code jwk} and {@code pem}.
 */
@Serdeable
public record PublicKeyForm(
        @Schema(description = "A public JWK, or a JWKS with one key") @Nullable Map<String, Object> jwk,
        @Schema(description = "A PEM-encoded public key (-----BEGIN PUBLIC KEY-----)", maxLength = 8192) @Nullable @Size(max = 8192) String pem) {}
