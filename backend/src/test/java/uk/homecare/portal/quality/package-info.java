/** Tests of the regulators' ratings import and the councils' quality gates. */
@NullMarked
package uk.homecare.portal.quality;

import org.jspecify.annotations.NullMarked;
