/**
 * Signing in through the API and keeping the result in the Vaadin session: the login view, the
 * signed-in person (whose token never reaches the browser), the access gate that enforces
 * {@code @AnonymousAllowed}, {@code @PermitAll} and {@code @RolesAllowed} on every navigation, and
 * the helper every view calls the API through, which sends the person back to sign in when the token
 * has expired.
 */
@NullMarked
package uk.homecare.portal.ui.security;

import org.jspecify.annotations.NullMarked;
