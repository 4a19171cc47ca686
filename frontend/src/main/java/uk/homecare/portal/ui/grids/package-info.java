/**
 * What every feature's grids share so that they work on a phone: columns that, on a narrow screen, fold into
 * one card per row showing each column's header and value, wrapped, so nothing runs off the screen or is cut off.
 */
@NullMarked
package uk.homecare.portal.ui.grids;

import org.jspecify.annotations.NullMarked;
