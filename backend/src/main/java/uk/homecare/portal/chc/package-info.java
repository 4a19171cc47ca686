/**
 * Continuing Healthcare for NHS partner systems: placing CHC packages into the same cascade as council
 * packages, idempotently; following them (status, history, changes, cancellation); the event feed with
 * a cursor; and, for the council, the CHC requirement against what is commissioned and the map from
 * postcode district to zone.
 */
@NullMarked
package uk.homecare.portal.chc;

import org.jspecify.annotations.NullMarked;
