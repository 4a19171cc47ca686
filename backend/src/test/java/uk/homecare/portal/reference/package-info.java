/** Tests of reference data and of tenancy: each council sees only its own, each role only what it may. */
@NullMarked
package uk.homecare.portal.reference;

import org.jspecify.annotations.NullMarked;
