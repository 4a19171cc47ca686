/** Tests of outcomes over time: monthly KPI snapshots, the outcomes report and its PDF, notes, and scheduled report e-mails. */
@NullMarked
package uk.homecare.portal.outcomes;

import org.jspecify.annotations.NullMarked;
