package uk.homecare.portal.api.reference;

/** A provider's place on a lot: first offer (PRIMARY), second (SECONDARY), or one of the framework. */
public enum LotTier {
    PRIMARY,
    SECONDARY,
    FRAMEWORK
}
