/**
 * The reference data a council commissions against, kept by commissioners (administrators may look):
 * zones, frameworks with their lots and the providers on each lot, and hourly rates. Every change goes
 * through the API with the record's version, so two people cannot silently overwrite each other.
 * Amounts are entered as people think of them (pounds, hours) and sent as the API keeps them (pence,
 * minutes).
 */
@NullMarked
package uk.homecare.portal.ui.reference;

import org.jspecify.annotations.NullMarked;
