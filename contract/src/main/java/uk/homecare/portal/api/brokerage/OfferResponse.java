package uk.homecare.portal.api.brokerage;

/** What became of an offer. */
public enum OfferResponse {
    PENDING,
    ACCEPTED,
    DECLINED,
    LAPSED,
    BID,
    WON,
    LOST,
    CLOSED
}
