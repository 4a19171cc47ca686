/** Tests of the login view and of the gate that keeps each view to its roles. */
@NullMarked
package uk.homecare.portal.ui.security;

import org.jspecify.annotations.NullMarked;
