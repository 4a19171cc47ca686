/**
 * Scoring: ranks the bids of a package's OPEN stage by a council's weights per lot (price, quality, performance,
 * continuity; {@link uk.homecare.portal.scoring.ScoringPolicy}), so the commissioner sees why a bid ranks where it does,
 * and shows each provider and its council the same figures month by month (its scorecard).
 */
@NullMarked
package uk.homecare.portal.scoring;

import org.jspecify.annotations.NullMarked;
