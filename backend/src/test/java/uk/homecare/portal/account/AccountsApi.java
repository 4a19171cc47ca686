package uk.homecare.portal.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.account.Invitation;
import uk.homecare.portal.api.account.NewAccount;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.testing.Api;

/** The account calls the tests make, over real HTTP. */
final class AccountsApi {

    static final String PASSWORD = "a long walk by the river severn";

    private final Api api;

    AccountsApi(Api api) {
        this.api = api;
    }

    /** A fresh token (never a cached one: these tests change accounts under their tokens). */
    String signIn(String username, String password) {
        return api.retrieve(HttpRequest.POST("/login", new Credentials(username, password)), AccessToken.class).accessToken();
    }

    Invitation invite(String token, String email, Role role, @Nullable UUID council, @Nullable UUID organisation, @Nullable UUID person) {
        return api.retrieve(invitation(token, email, role, council, organisation, person), Invitation.class);
    }

    MutableHttpRequest<?> invitation(String token, String email, Role role, @Nullable UUID council, @Nullable UUID organisation,
            @Nullable UUID person) {
        Map<String, Object> form = new HashMap<>();
        form.put("email", email);
        form.put("displayName", "Invited " + role.name().toLowerCase());
        form.put("role", role.name());
        if (council != null) {
            form.put("councilId", council);
        }
        if (organisation != null) {
            form.put("organisationId", organisation);
        }
        if (person != null) {
            form.put("personId", person);
        }
        return HttpRequest.POST("/api/invitations", form).bearerAuth(token);
    }

    static MutableHttpRequest<?> accept(String invitationToken, String password) {
        return HttpRequest.POST("/api/invitation", Map.of("token", invitationToken, "password", password));
    }

    NewAccount accepted(String invitationToken) {
        return api.retrieve(accept(invitationToken, PASSWORD), NewAccount.class);
    }
}
