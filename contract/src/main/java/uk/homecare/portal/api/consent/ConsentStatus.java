package uk.homecare.portal.api.consent;

/** Where a consent stands today (UK date): not yet begun, standing, past its last day, or revoked. */
public enum ConsentStatus {
    UPCOMING,
    STANDING,
    ENDED,
    REVOKED
}
