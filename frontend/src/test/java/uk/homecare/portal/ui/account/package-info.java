/** Tests of the signed-in person's own account views: two-step verification. */
@NullMarked
package uk.homecare.portal.ui.account;

import org.jspecify.annotations.NullMarked;
