package uk.homecare.portal.ui.security;

import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.Role;

/** Who is signed in to this Vaadin session, and the bearer token the views call the API with. */
public record SignedInUser(String token, Me me) {

    public Role role() {
        return me.role();
    }

    String authorization() {
        return bearer().header();
    }

    Bearer bearer() {
        return new Bearer(token);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + me.username() + ", " + me.role() + "]";
    }
}
