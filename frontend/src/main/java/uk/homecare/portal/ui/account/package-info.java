/**
 * Accounts in the UI: administrators invite people and manage the accounts they look after, the platform
 * administrator creates councils, and anyone holding an e-mailed link sets their password (a new account's,
 * or a forgotten one's) without signing in.
 */
@NullMarked
package uk.homecare.portal.ui.account;

import org.jspecify.annotations.NullMarked;
