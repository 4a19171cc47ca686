package uk.homecare.portal.api.equality;

/**
 * Why a cell of the equality report is not shown: SMALL, it counts fewer than 5 (shown "<5"); SECONDARY, it is 5 or more
 * but is withheld so that a small cell cannot be worked out by subtraction from the total (shown "*"); DERIVED, a rate or
 * median computed from a suppressed count (shown "*"). NONE: shown.
 */
public enum Suppression {
    NONE,
    SMALL,
    SECONDARY,
    DERIVED
}
