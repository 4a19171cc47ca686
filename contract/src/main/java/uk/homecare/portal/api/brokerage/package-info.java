/**
 * Brokerage on the wire: care packages, the offers of the cascade as a provider sees them (no
 * identity before award), responses, bids, awards, hand-backs, the commissioner's board and history.
 */
@NullMarked
package uk.homecare.portal.api.brokerage;

import org.jspecify.annotations.NullMarked;
