/** Tests of capacity reports and the market view and health, and a benchmark of the market view. */
@NullMarked
package uk.homecare.portal.capacity;

import org.jspecify.annotations.NullMarked;
