package uk.homecare.portal.api.brokerage;

/**
 * A need that decides which provider can take a package on, shown with its offers (never who the person is):
 * a carer who speaks Welsh (the Active Offer in Wales), a carer of a given gender, a carer who drives (rural zones).
 */
public enum MatchingNeed {
    WELSH_SPEAKING_CARER,
    FEMALE_CARER,
    MALE_CARER,
    DRIVER
}
