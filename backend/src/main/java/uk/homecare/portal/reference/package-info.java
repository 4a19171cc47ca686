/**
 * The reference data a council commissions against: zones, frameworks and their lots, the providers
 * holding each lot, and the rate schedule. Commissioners change it; every change is audited, and
 * no council sees another's.
 */
@NullMarked
package uk.homecare.portal.reference;

import org.jspecify.annotations.NullMarked;
