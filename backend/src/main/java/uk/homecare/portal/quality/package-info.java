/**
 * Quality in the market: the regulators' ratings of providers' locations, imported from their published files
 * (CQC's, CIW's), and the gates a council keeps providers out of new offers by (a minimum rating, a suspension),
 * each one policy behind {@link uk.homecare.portal.quality.ProviderGates}, which the cascade asks.
 */
@NullMarked
package uk.homecare.portal.quality;

import org.jspecify.annotations.NullMarked;
