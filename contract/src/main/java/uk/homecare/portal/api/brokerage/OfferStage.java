package uk.homecare.portal.api.brokerage;

/** The stage of the cascade an offer was made in. */
public enum OfferStage {
    PRIMARY,
    SECONDARY,
    OPEN
}
