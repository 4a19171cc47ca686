/** Tests of the grids that fold into cards on a phone. */
@NullMarked
package uk.homecare.portal.ui.grids;

import org.jspecify.annotations.NullMarked;
