/** Tests of the CHC views: settings, CHC packages on the board, row errors and texts. */
@NullMarked
package uk.homecare.portal.ui.chc;

import org.jspecify.annotations.NullMarked;
