/**
 * Going live without SQL: the first platform administrator (a one-time bootstrap), councils the platform
 * administrator creates, accounts made by e-mailed single-use invitations, passwords set to the NCSC's
 * guidance and reset by e-mail, and administrators deactivating, reactivating and changing accounts.
 */
@NullMarked
package uk.homecare.portal.account;

import org.jspecify.annotations.NullMarked;
