/**
 * Equality monitoring: a person's protected characteristics, recorded by their council's commissioners only with the
 * person's (or their representative's) consent and erased when it is withdrawn, and the council's report of time to
 * award, unallocated packages and hand-backs by characteristic and by urban or rural zone, with small numbers suppressed
 * so that nobody can be picked out. Commissioners only; every view of the report is audited; providers never see any of it.
 */
@NullMarked
package uk.homecare.portal.equality;

import org.jspecify.annotations.NullMarked;
