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
    DECLINE_VARIATION
}
