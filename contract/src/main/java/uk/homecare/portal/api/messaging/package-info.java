/**
 * Messages between a provider and its council about a care package on the wire: typed queries with their
 * replies, where each stands (open, answered, overdue, closed) and the actions the caller may take on them.
 */
@NullMarked
package uk.homecare.portal.api.messaging;

import org.jspecify.annotations.NullMarked;
