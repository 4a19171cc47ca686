package uk.homecare.portal.api.consent;

/** What the caller may do with a consent now: revoke it (the person, or their council, while it has not ended or been revoked). */
public enum ConsentAction {
    REVOKE
}
