package uk.homecare.portal.api.payments;

/** Where a line's hourly rate came from: the council's rate schedule on the visit's day, or the package's winning bid. */
public enum RateSource {
    RATE_SCHEDULE,
    AGREED_BID
}
