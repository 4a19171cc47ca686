/**
 * Brokerage: care packages drafted and published by commissioners, offered through the cascade
 * (PRIMARY, SECONDARY, OPEN, then UNALLOCATED), answered by providers, awarded exactly once, handed
 * back with notice and moved only at review. Every change is written to the audit trail and read back
 * as the package's history.
 */
@NullMarked
package uk.homecare.portal.brokerage;

import org.jspecify.annotations.NullMarked;
