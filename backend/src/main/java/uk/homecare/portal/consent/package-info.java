/**
 * Carers' consents to act for a person: recorded by the person or their council for one of the council's
 * carer accounts, dated from a first day to an optional last day, revoked by either at once, and audited.
 * The hours bank asks {@code carer_consent} whether one stands today before a carer books or looks.
 */
@NullMarked
package uk.homecare.portal.consent;

import org.jspecify.annotations.NullMarked;
