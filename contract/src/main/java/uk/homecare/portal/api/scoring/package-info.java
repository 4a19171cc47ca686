/**
 * Scoring on the wire: a council's weights per lot for ranking bids in the OPEN stage (price, quality, performance,
 * continuity), each bid's score with its parts, and a provider's scorecard month by month.
 */
@NullMarked
package uk.homecare.portal.api.scoring;

import org.jspecify.annotations.NullMarked;
