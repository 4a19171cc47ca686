/** Tests of visit actuals over HTTP: recording, listing, ECM imports (good, partly bad, repeated, racing), bookings, exceptions. */
@NullMarked
package uk.homecare.portal.visits;

import org.jspecify.annotations.NullMarked;
