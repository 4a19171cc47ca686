/**
 * Capacity on the wire: what providers report they can take on per council and zone each week, the
 * commissioner's market view (capacity against demand per zone, with a 12-week trend), stale reports,
 * and market health (active providers over time, committed hours against viability and contract bands).
 */
@NullMarked
package uk.homecare.portal.api.capacity;

import org.jspecify.annotations.NullMarked;
