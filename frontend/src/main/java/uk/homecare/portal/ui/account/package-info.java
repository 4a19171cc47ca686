/**
 * Accounts in the UI: the signed-in person's own account (two-step verification with one-time codes from an
 * authenticator app, and recovery codes), administrators inviting people and managing the accounts they look
 * after, the platform administrator creating councils, and anyone holding an e-mailed link setting their
 * password (a new account's, or a forgotten one's) without signing in.
 */
@NullMarked
package uk.homecare.portal.ui.account;

import org.jspecify.annotations.NullMarked;
