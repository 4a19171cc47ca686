/**
 * Equality monitoring on the wire: a person's optional protected characteristics, recorded with their consent and
 * withdrawn at will, and the council's report of time to award, unallocated packages and hand-backs by characteristic
 * and by urban or rural zone, with small numbers suppressed. For the council's commissioners only; never for providers.
 */
@NullMarked
package uk.homecare.portal.api.equality;

import org.jspecify.annotations.NullMarked;
