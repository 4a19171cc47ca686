/**
 * Quality gates in the UI: a council's providers with their ratings and the gates they fail, where its
 * commissioners suspend and lift providers and its administrator sets the minimum rating for new offers.
 */
@NullMarked
package uk.homecare.portal.ui.quality;

import org.jspecify.annotations.NullMarked;
