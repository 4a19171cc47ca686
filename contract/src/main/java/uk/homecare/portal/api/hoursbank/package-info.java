/**
 * The flexible hours bank on the wire: plans, weekly lots with their 4-week windows, bookings,
 * deliveries, the ledger check, and the people an actor may act for.
 */
@NullMarked
package uk.homecare.portal.api.hoursbank;

import org.jspecify.annotations.NullMarked;
