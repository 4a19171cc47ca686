package uk.homecare.portal.api.brokerage;

/** Why a provider declined an offer. */
public enum DeclineReason {
    NO_CAPACITY,
    GEOGRAPHY,
    SKILL_MIX,
    OTHER
}
