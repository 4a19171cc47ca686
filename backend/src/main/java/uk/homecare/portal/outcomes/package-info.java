/**
 * Outcomes over time: each council's key performance indicators snapshotted monthly and kept unchanged (by the database
 * too), compared first month against last in a report (JSON, and a tagged PDF for committee) with the commissioners'
 * notes, and the reports e-mailed monthly to named staff as links behind sign-in; both monthly jobs safe on several nodes.
 */
@NullMarked
package uk.homecare.portal.outcomes;

import org.jspecify.annotations.NullMarked;
