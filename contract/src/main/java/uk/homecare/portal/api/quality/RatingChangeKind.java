package uk.homecare.portal.api.quality;

/** What an import did to a location: listed it for the first time (or again), changed its rating or publication, or no longer found it. */
public enum RatingChangeKind {
    NEW,
    CHANGED,
    WITHDRAWN
}
