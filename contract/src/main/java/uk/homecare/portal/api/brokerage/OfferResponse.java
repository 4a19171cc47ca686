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
    CLOSED;

    /** Whether the offer still waits for its outcome (unanswered, or a bid or acceptance not yet won or lost), so time left means something. */
    public boolean awaitsOutcome() {
        return this == PENDING || this == BID || this == ACCEPTED;
    }
}
