package uk.homecare.portal.ui.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;
import java.util.Optional;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.Role;

/** The signed-in person of the current Vaadin session, and what the login view should say or do next. */
@Singleton
public class CurrentUser {

    private static final String RETURN_TO = CurrentUser.class.getName() + ".returnTo";
    private static final String NOTICE = CurrentUser.class.getName() + ".notice";

    public Optional<SignedInUser> get() {
        return Optional.ofNullable(session()).map(s -> s.getAttribute(SignedInUser.class));
    }

    public Optional<Role> role() {
        return get().map(SignedInUser::role);
    }

    public boolean has(Role role) {
        return role().filter(role::equals).isPresent();
    }

    /** Whether the API says the signed-in person may do this across the portal. */
    public boolean may(Capability capability) {
        return get().map(SignedInUser::me).filter(me -> me.may(capability)).isPresent();
    }

    public void signIn(SignedInUser user) {
        session().setAttribute(SignedInUser.class, user);
    }

    public void signOut() {
        VaadinSession session = session();
        if (session != null) {
            session.setAttribute(SignedInUser.class, null);
        }
    }

    void returnTo(String location) {
        session().setAttribute(RETURN_TO, location);
    }

    String takeReturnTo() {
        return (String) take(RETURN_TO);
    }

    /** A message key for the login view to show once, e.g. why the person was signed out. */
    void notice(String key) {
        session().setAttribute(NOTICE, key);
    }

    String takeNotice() {
        return (String) take(NOTICE);
    }

    private static Object take(String name) {
        VaadinSession session = session();
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(name);
        session.setAttribute(name, null);
        return value;
    }

    private static VaadinSession session() {
        return VaadinSession.getCurrent();
    }
}
