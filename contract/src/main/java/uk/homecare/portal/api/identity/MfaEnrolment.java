package uk.homecare.portal.api.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A two-step verification set-up under way: the shared secret to type into an authenticator app, or the
 * {@code otpauth://} URI to give it (as a QR code). The secret is shown only now, never again.
 */
@Serdeable
public record MfaEnrolment(
        @Schema(description = "The shared secret, Base32 (RFC 4648) without padding", example = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        String secret,
        @Schema(description = "The key URI an authenticator app reads (SHA1, 6 digits, 30 seconds)",
                example = "otpauth://totp/Homecare%20Portal:commissioner%40coventry.demo?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Homecare%20Portal&algorithm=SHA1&digits=6&period=30")
        String otpauthUri,
        @Schema(example = "Homecare Portal") String issuer,
        @Schema(example = "commissioner@coventry.demo") String accountName) {

    @Override
    public String toString() {
        return "MfaEnrolment[" + accountName + "]";
    }
}
