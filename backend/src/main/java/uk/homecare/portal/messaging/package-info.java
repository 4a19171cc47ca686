/**
 * Package messages: typed queries between the provider holding a care package and its council's commissioners,
 * with replies, where each stands (open, answered, overdue past a per-type number of working days, closed), kept in
 * the package's history (audit events without the text) and told to the other side without the text.
 */
@NullMarked
package uk.homecare.portal.messaging;

import org.jspecify.annotations.NullMarked;
