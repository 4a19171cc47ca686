package uk.homecare.portal.api.brokerage;

/** Where a package is */
public enum PackageStatus {
    drafted,
    offered at a stage of the cascade,
    waiting for the commissioner to review bids,
    unallocated,
    awarded or cancelled.:DRAFT,
    PRIMARY,
    SECONDARY,
    OPEN,
    REVIEW,
    UNALLOCATED,
    AWARDED,
    CANCELLED
}
