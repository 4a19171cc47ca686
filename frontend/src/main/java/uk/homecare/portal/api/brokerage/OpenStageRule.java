package uk.homecare.portal.api.brokerage;

/** How the OPEN stage ends */
public enum OpenStageRule {
    the commissioner compares bids and awards,
    or the first provider to accept at the council's rate wins.:COMMISSIONER_AWARDS,
    FIRST_TO_ACCEPT
}
