package uk.homecare.portal.ui.security;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Singleton;
import uk.homecare.portal.ui.problem.UnexpectedErrors;

/**
 * Checks every navigation against the target view's annotations: a visitor who has not signed in is
 * sent to the login view (and brought back afterwards); a signed-in person without the role sees the
 * access-denied error view; a person who must set up two-step verification first is taken to it from
 * anywhere. The API checks again; this only keeps people out of screens they cannot use.
 */
@Singleton
public class AccessGate implements VaadinServiceInitListener {

    /** Where a person whose council requires two-step verification and who has not set it up is always taken. */
    public static final String MFA_ROUTE = "two-step-verification";

    private final transient CurrentUser currentUser;
    private final transient UnexpectedErrors errors;

    AccessGate(CurrentUser currentUser, UnexpectedErrors errors) {
        this.currentUser = currentUser;
        this.errors = errors;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(errors));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean mustEnrol = currentUser.get().map(user -> user.me().mustEnrolInMfa()).orElse(false);
        if (mustEnrol && !target.isAnnotationPresent(AnonymousAllowed.class) && !MFA_ROUTE.equals(event.getLocation().getPath())) {
            event.forwardTo(MFA_ROUTE);
            return;
        }
        if (AccessRules.allows(target, currentUser.role())) {
            return;
        }
        if (currentUser.get().isEmpty()) {
            currentUser.returnTo(event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
        } else {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
