/**
 * Scoring pages: the council's weights per lot for ranking bids, and providers' scorecards (a commissioner's of any
 * provider of the council, a provider's of its own).
 */
@NullMarked
package uk.homecare.portal.ui.scoring;

import org.jspecify.annotations.NullMarked;
