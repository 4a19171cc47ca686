/**
 * Carers' consents on the wire: who may act for a person, from when and until when, recorded by the
 * person or their council and revoked by either, with the actions the caller may take on each.
 */
@NullMarked
package uk.homecare.portal.api.consent;

import org.jspecify.annotations.NullMarked;
