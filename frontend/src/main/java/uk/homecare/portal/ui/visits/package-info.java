/**
 * Visit actuals in the UI: providers record a visit of a package they hold and upload ECM exports (seeing every
 * refused row with its line); commissioners see a day's missed and late visits.
 */
@NullMarked
package uk.homecare.portal.ui.visits;

import org.jspecify.annotations.NullMarked;
