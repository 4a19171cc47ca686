package uk.homecare.portal.api.brokerage;

/** What a provider reported of a package it holds: the person went into hospital, came out, or the care ended. */
public enum ChangeKind {
    ADMISSION,
    DISCHARGE,
    ENDING
}
