/** Tests of the capacity views: reporting, the market and its health, the SVG charts, and their texts. */
@NullMarked
package uk.homecare.portal.ui.capacity;

import org.jspecify.annotations.NullMarked;
