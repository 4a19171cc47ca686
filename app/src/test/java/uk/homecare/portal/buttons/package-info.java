/** Signed in as every demo login, every action button the real UI offers is one the real API allows. */
@NullMarked
package uk.homecare.portal.buttons;

import org.jspecify.annotations.NullMarked;
