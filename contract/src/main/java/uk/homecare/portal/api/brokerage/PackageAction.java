package uk.homecare.portal.api.brokerage;

/**
 * What the caller may do with a care package now: publish a draft, award one of its bids, move it to
 * another provider at review, hand it back (its provider), cancel it (the council), edit it while a draft, propose a
 * variation of an awarded package's terms or withdraw it (the council), accept or decline one (its provider). The API lists
 * these on each package it returns.
 */
public enum PackageAction {
    PUBLISH,
    AWARD,
    REVIEW,
    HAND_BACK,
    CANCEL,
    EDIT,
    PROPOSE_VARIATION,
    WITHDRAW_VARIATION,
    ACCEPT_VARIATION,
    DECLINE_VARIATION,
    /** The holding provider reports the person's admission to hospital. */
    REPORT_ADMISSION,
    /** The holding provider reports the person's discharge from hospital. */
    REPORT_DISCHARGE,
    /** The holding provider reports an ending: death, a move to residential care, or the person's request. */
    REPORT_ENDING,
    /** A commissioner confirms what the provider reported. */
    CONFIRM_CHANGE,
    /** A commissioner rejects what the provider reported, saying why. */
    REJECT_CHANGE,
    /** A commissioner resumes a suspended package from the discharge date. */
    RESUME,
    /** A commissioner ends the package directly (an ending the council learnt of first). */
    END
}
