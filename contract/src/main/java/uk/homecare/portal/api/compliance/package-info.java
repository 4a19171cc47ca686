/**
 * Compliance records per provider on the wire: the documents a provider keeps current (insurance, DBS policy, training
 * matrix, business continuity plan, data security toolkit) with their files, expiry and the councils' verification;
 * which required documents are missing or expired on a day; and the councils' contract monitoring visits with their
 * findings and actions.
 */
@NullMarked
package uk.homecare.portal.api.compliance;

import org.jspecify.annotations.NullMarked;
