package uk.homecare.portal.api.brokerage;

/**
 * Where a package is: drafted, offered at a stage of the cascade, waiting for the commissioner to
 * review bids, unallocated (nobody took it), awarded, or cancelled.
 */
public enum PackageStatus {
    DRAFT,
    PRIMARY,
    SECONDARY,
    OPEN,
    REVIEW,
    UNALLOCATED,
    AWARDED,
    CANCELLED
}
