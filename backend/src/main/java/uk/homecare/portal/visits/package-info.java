/**
 * Visit actuals: the provider holding a package records what it delivered per visit (one at a time, or many by
 * uploading an ECM export, validated whole and imported once), visits of hours-bank sessions deliver their bookings,
 * and a council's commissioners see the missed and late visits of a day.
 */
@NullMarked
package uk.homecare.portal.visits;

import org.jspecify.annotations.NullMarked;
