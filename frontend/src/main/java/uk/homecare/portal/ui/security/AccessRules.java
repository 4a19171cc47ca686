package uk.homecare.portal.ui.security;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import uk.homecare.portal.api.identity.Role;

/**
 * Who may open a view, read from its annotations with the same precedence as Vaadin's own checker:
 * {@code @DenyAll}, then {@code @AnonymousAllowed}, then {@code @RolesAllowed}, then
 * {@code @PermitAll}. A view with none of them is closed to everyone.
 */
public final class AccessRules {

    private AccessRules() {}

    public static boolean allows(Class<?> view, Optional<Role> role) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (role.isEmpty()) {
            return false;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Arrays.asList(roles.value()).contains(role.get().name());
        }
        return view.isAnnotationPresent(PermitAll.class);
    }
}
