/**
 * Continuing Healthcare on the wire: what an NHS partner system sends to place a CHC package and
 * follows afterwards (status, history, changes, cancellation, the event feed), and the council's CHC
 * requirement against what is commissioned.
 */
@NullMarked
package uk.homecare.portal.api.chc;

import org.jspecify.annotations.NullMarked;
