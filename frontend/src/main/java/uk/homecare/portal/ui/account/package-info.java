/**
 * The signed-in person's own account: setting up two-step verification (one-time codes from an authenticator
 * app) and their recovery codes.
 */
@NullMarked
package uk.homecare.portal.ui.account;

import org.jspecify.annotations.NullMarked;
