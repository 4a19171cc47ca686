/**
 * The frame every signed-in view sits in: header with who is signed in and a logout button, and a
 * side navigation showing only what the person's role may open (features contribute their entries
 * as {@link uk.homecare.portal.ui.layout.NavigationContributor} beans). Also the home view and the
 * error views (not found, access denied).
 */
@NullMarked
package uk.homecare.portal.ui.layout;

import org.jspecify.annotations.NullMarked;
