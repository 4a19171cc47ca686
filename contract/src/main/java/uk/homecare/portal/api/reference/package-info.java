/** Reference data a council commissions against: zones, frameworks and lots, providers on lots, rates. */
@NullMarked
package uk.homecare.portal.api.reference;

import org.jspecify.annotations.NullMarked;
