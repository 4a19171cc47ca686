package uk.homecare.portal.api.account;

/** What the caller may do to a pending invitation now. */
public enum InvitationAction {
    REVOKE
}
