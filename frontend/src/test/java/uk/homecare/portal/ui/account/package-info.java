/** The accounts and councils views, and the pages of e-mailed links, with fake API clients. */
@NullMarked
package uk.homecare.portal.ui.account;

import org.jspecify.annotations.NullMarked;
