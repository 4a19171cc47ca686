/** Tests of equality monitoring: the suppression policy, the report computed by hand, consent, access and tenancy. */
@NullMarked
package uk.homecare.portal.equality;

import org.jspecify.annotations.NullMarked;
