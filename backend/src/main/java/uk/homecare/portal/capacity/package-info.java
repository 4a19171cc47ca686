/**
 * Capacity: providers report what they can take on per council and zone each week; commissioners see
 * it against demand per zone (with a 12-week trend), which providers have gone quiet, and the market's
 * health: providers over time, and committed care against viability and contract bands.
 */
@NullMarked
package uk.homecare.portal.capacity;

import org.jspecify.annotations.NullMarked;
