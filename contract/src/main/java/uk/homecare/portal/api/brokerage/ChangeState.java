package uk.homecare.portal.api.brokerage;

/** Where a reported change is: awaiting the council, confirmed (and in effect), or rejected. */
public enum ChangeState {
    AWAITING,
    CONFIRMED,
    REJECTED
}
