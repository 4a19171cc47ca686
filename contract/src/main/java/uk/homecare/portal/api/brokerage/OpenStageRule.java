package uk.homecare.portal.api.brokerage;

/**
 * How the OPEN stage ends: the commissioner compares bids and awards, or the first provider to
 * accept at the council's rate wins.
 */
public enum OpenStageRule {
    COMMISSIONER_AWARDS,
    FIRST_TO_ACCEPT
}
