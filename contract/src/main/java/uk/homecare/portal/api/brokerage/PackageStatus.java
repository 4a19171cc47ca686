package uk.homecare.portal.api.brokerage;

/**
 * Where a package is: drafted, offered at a stage of the cascade, waiting for the commissioner to
 * review bids, unallocated (nobody took it), awarded, cancelled, suspended (the person is in hospital)
 * or ended.
 */
public enum PackageStatus {
    DRAFT,
    PRIMARY,
    SECONDARY,
    OPEN,
    REVIEW,
    UNALLOCATED,
    AWARDED,
    CANCELLED,
    /** In hospital: the provider still holds the package through the council's hold period; a discharge resumes it. */
    SUSPENDED,
    /** Ended (death, residential care, or at the person's request): nothing more happens to it. */
    ENDED
}
