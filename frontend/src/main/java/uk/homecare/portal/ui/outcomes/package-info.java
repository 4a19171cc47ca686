/**
 * The Outcomes page: a council's monthly KPI snapshots (and one taken on demand), the comparison of a period's first and last
 * snapshot with the commissioners' notes and its PDF for committee, and the reports e-mailed monthly to named staff.
 */
@NullMarked
package uk.homecare.portal.ui.outcomes;

import org.jspecify.annotations.NullMarked;
