/** Tests of the Outcomes page: snapshots, the comparison with notes and its PDF, and the reports sent every month. */
@NullMarked
package uk.homecare.portal.ui.outcomes;

import org.jspecify.annotations.NullMarked;
