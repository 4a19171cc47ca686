/** Tests of the flexible hours bank: plans, balances, bookings (racing ones too), carers and clock changes. */
@NullMarked
package uk.homecare.portal.hoursbank;

import org.jspecify.annotations.NullMarked;
