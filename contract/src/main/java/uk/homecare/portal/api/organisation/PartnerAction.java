package uk.homecare.portal.api.organisation;

/** What the caller may do now with NHS partner organisations, one partner, or one of its API clients. */
public enum PartnerAction {
    /** Register an NHS partner organisation (the list's action). */
    REGISTER,
    /** Register an API client for the partner. */
    REGISTER_CLIENT,
    /** Choose the councils the partner serves. */
    CHOOSE_COUNCILS,
    /** Issue the client a new secret; the old one keeps working for the overlap chosen. */
    ROTATE_SECRET,
    /** Upload the public key the client's signed assertions are checked with. */
    UPLOAD_PUBLIC_KEY,
    /** Refuse the client's token requests from now on. */
    DISABLE,
    /** Let a disabled client ask for tokens again. */
    ENABLE
}
