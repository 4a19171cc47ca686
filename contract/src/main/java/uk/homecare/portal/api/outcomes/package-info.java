/**
 * Outcomes over time on the wire: a council's monthly KPI snapshots (kept unchanged once taken), the comparison of a
 * period's first and last snapshot with the commissioners' notes (as JSON and as a printable PDF for committee), and the
 * reports a council has e-mailed monthly to named staff.
 */
@NullMarked
package uk.homecare.portal.api.outcomes;

import org.jspecify.annotations.NullMarked;
