package uk.homecare.portal.api.scoring;

/** The four parts of a bid's score, each scored 0 to 100 and weighted by the lot's weights. */
public enum ScorePartName {
    PRICE,
    QUALITY,
    PERFORMANCE,
    CONTINUITY
}
