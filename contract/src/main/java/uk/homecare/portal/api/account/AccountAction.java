package uk.homecare.portal.api.account;

/** What the caller may do to an account now. */
public enum AccountAction {
    DEACTIVATE,
    REACTIVATE,
    CHANGE_ROLE
}
