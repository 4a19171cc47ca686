package uk.homecare.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.audit.Doer;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * The identity behind a request, read from its verified token: who, in which role, for which
 * council and organisation, and every council whose data they may see.
 */
public record Actor(
        UUID id,
        String username,
        Role role,
        @Nullable UUID councilId,
        @Nullable UUID organisationId,
        Set<UUID> councilIds) implements Doer {

    static final String USER_ID = "uid";
    static final String COUNCIL = "council";
    static final String ORGANISATION = "org";
    static final String COUNCILS = "councils";
    /** The account's session version when the token was issued (identity.CurrentAccounts). */
    static final String SESSION = "sv";

    public static Actor of(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        return new Actor(
                UUID.fromString((String) claims.get(USER_ID)),
                authentication.getName(),
                role,
                uuidOrNull(claims.get(COUNCIL)),
                uuidOrNull(claims.get(ORGANISATION)),
                councilsOf(claims.get(COUNCILS)));
    }

    /** The council a council officer works for; refuses actors who work for none. */
    public UUID homeCouncil() {
        if (councilId == null) {
            throw PortalProblem.forbidden("This needs someone who works for a council.");
        }
        return councilId;
    }

    /** The organisation a provider's staff member or a partner system acts for; refuses actors of none. */
    public UUID homeOrganisation() {
        if (organisationId == null) {
            throw PortalProblem.forbidden("This needs someone who acts for a provider or partner organisation.");
        }
        return organisationId;
    }

    public boolean maySee(UUID council) {
        return councilIds.contains(council);
    }

    private static UUID uuidOrNull(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }

    private static Set<UUID> councilsOf(Object value) {
        if (value instanceof Collection<?> ids) {
            return ids.stream().map(Object::toString).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
