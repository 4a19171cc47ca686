/**
 * Quality in the market, on the wire: the regulators' ratings of providers' locations (imported from the
 * regulator's published file), and the gates a council sets that keep a provider from new offers.
 */
@NullMarked
package uk.homecare.portal.api.quality;

import org.jspecify.annotations.NullMarked;
