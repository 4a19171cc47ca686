/**
 * Paying providers on the wire: a council's 4-weekly payment schedules per provider (lines from visit actuals times
 * rates, exceptions approved or adjusted, finalised, corrected by new lines, exported as CSV for finance), and the
 * remittances a provider sees once a schedule is final.
 */
@NullMarked
package uk.homecare.portal.api.payments;

import org.jspecify.annotations.NullMarked;
