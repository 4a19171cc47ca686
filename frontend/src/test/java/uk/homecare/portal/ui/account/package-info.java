/** The account views with fake API clients: two-step verification, accounts and councils, and the pages of e-mailed links. */
@NullMarked
package uk.homecare.portal.ui.account;

import org.jspecify.annotations.NullMarked;
