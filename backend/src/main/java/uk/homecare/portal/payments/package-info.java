/**
 * Paying providers: a council builds each provider's payment schedule for a 28-day period from its visit actuals times
 * the rate in force on each visit's day, approves or adjusts the exceptions, finalises it (then it is immutable, in the
 * database too; corrections are new lines), exports it as CSV for its finance system, and the provider sees its final
 * schedules as remittances.
 */
@NullMarked
package uk.homecare.portal.payments;

import org.jspecify.annotations.NullMarked;
