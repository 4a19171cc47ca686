package uk.homecare.portal.api.brokerage;

/**
 * What the caller may do with a care package now: publish a draft, award one of its bids, move it to
 * another provider at review, hand it back (its provider), cancel it (the council). The API lists these on each
 * package it returns.
 */
public enum PackageAction {
    PUBLISH,
    AWARD,
    REVIEW,
    HAND_BACK,
    CANCEL
}
