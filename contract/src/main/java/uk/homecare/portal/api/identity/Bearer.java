package uk.homecare.portal.api.identity;

/**
 * The caller as the UI knows it: the bearer token it signed in with. Operations interfaces take their
 * caller as a type parameter; the UI's clients are written for {@code Bearer} (sent as the
 * {@code Authorization} header), the backend's controllers for the actor it verified from that header.
 */
public record Bearer(String token) {

    public String header() {
        return "Bearer " + token;
    }

    @Override
    public String toString() {
        return "Bearer[…]";
    }
}
