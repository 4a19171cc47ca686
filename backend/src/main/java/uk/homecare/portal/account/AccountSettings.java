package uk.homecare.portal.account;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Where the e-mailed links point ({@code PORTAL_PUBLIC_URL}, the UI's base URL) and how long they work:
 * invitations {@code portal.accounts.invitation-valid-for} (7 days), resets {@code portal.accounts.reset-valid-for} (1 hour).
 */
@Singleton
final class AccountSettings {

    private final String publicUrl;
    private final Duration invitationValidFor;
    private final Duration resetValidFor;

    AccountSettings(@Property(name = "portal.public-url", defaultValue = "http://localhost:8081") String publicUrl,
            @Property(name = "portal.accounts.invitation-valid-for", defaultValue = "7d") Duration invitationValidFor,
            @Property(name = "portal.accounts.reset-valid-for", defaultValue = "1h") Duration resetValidFor) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.invitationValidFor = invitationValidFor;
        this.resetValidFor = resetValidFor;
    }

    String invitationLink(String token) {
        return publicUrl + "/invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    String resetLink(String token) {
        return publicUrl + "/new-password?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    Duration invitationValidFor() {
        return invitationValidFor;
    }

    Duration resetValidFor() {
        return resetValidFor;
    }
}
