package uk.homecare.portal.api.compliance;

/** Why a required document does not count on a day. */
public enum ComplianceGapReason {
    /** None was ever uploaded. */
    MISSING,
    /** The current one expired on or before the day. */
    EXPIRED,
    /** The current one was rejected by a council; a new one is needed. */
    REJECTED
}
