package uk.homecare.portal.api.scoring;

/**
 * What the provider already does for the package: it holds another package of the same person (SAME_PERSON), it holds
 * a package in the package's zone (SAME_ZONE), or neither (NONE).
 */
public enum Continuity {
    SAME_PERSON,
    SAME_ZONE,
    NONE
}
