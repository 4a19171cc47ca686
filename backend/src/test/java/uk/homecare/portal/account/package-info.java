/** Going live: invitations, passwords, resets, account administration and councils, over real HTTP and SMTP. */
@NullMarked
package uk.homecare.portal.account;

import org.jspecify.annotations.NullMarked;
