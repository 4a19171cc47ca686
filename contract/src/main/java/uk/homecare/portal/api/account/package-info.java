/**
 * Going live without SQL, on the wire: councils the platform administrator creates, accounts made by
 * invitation and managed by administrators, and passwords set and reset through single-use e-mailed links.
 */
@NullMarked
package uk.homecare.portal.api.account;

import org.jspecify.annotations.NullMarked;
