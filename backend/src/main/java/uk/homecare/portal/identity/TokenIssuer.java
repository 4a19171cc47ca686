package uk.homecare.portal.identity;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Role;

/** Signs the bearer tokens that carry an actor's identity, role and councils. */
@Singleton
final class TokenIssuer {

    static final int PARTNER_TOKEN_SECONDS = 900;

    private final AccessRefreshTokenGenerator personTokens;
    private final TokenGenerator tokens;

    TokenIssuer(AccessRefreshTokenGenerator personTokens, TokenGenerator tokens) {
        this.personTokens = personTokens;
        this.tokens = tokens;
    }

    /** A person's token; {@code enrolmentOnly}: good only to set up two-step verification (see {@link EnrolmentOnlyFilter}). */
    AccessToken forPerson(UserAccount account, List<UUID> councils, boolean enrolmentOnly) {
        Authentication authentication = withSessionVersion(authentication(
                account.username(), account.id(), account.role(), account.councilId(), account.organisationId(), councils, enrolmentOnly),
                account.sessionVersion());
        var token = personTokens.generate(authentication).orElseThrow(() -> new IllegalStateException("No token generator"));
        return new AccessToken(token.getAccessToken(), "Bearer", token.getExpiresIn(), account.username(), List.of(account.role().name()));
    }

    AccessToken forPartner(ApiClient client, List<UUID> councils) {
        Authentication authentication = authentication(
                client.clientId(), client.id(), Role.NHS_PARTNER, null, client.organisationId(), councils, false);
        String token = tokens.generateToken(authentication, PARTNER_TOKEN_SECONDS)
                .orElseThrow(() -> new IllegalStateException("No token generator"));
        return new AccessToken(token, "Bearer", PARTNER_TOKEN_SECONDS, client.clientId(), List.of(Role.NHS_PARTNER.name()));
    }

    /** The account's session version, so that the token is refused once the account changes (CurrentAccounts). */
    private static Authentication withSessionVersion(Authentication authentication, int sessionVersion) {
        Map<String, Object> claims = new HashMap<>(authentication.getAttributes());
        claims.put(Actor.SESSION, sessionVersion);
        return Authentication.build(authentication.getName(), authentication.getRoles(), claims);
    }

    private static Authentication authentication(
            String name, UUID id, Role role, UUID council, UUID organisation, List<UUID> councils, boolean enrolmentOnly) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Actor.USER_ID, id.toString());
        claims.put(Actor.COUNCILS, councils.stream().map(UUID::toString).toList());
        if (council != null) {
            claims.put(Actor.COUNCIL, council.toString());
        }
        if (organisation != null) {
            claims.put(Actor.ORGANISATION, organisation.toString());
        }
        if (enrolmentOnly) {
            claims.put(EnrolmentOnlyFilter.SCOPE, EnrolmentOnlyFilter.MFA_ENROLMENT);
        }
        return Authentication.build(name, List.of(role.name()), claims);
    }
}
