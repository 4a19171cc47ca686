package uk.homecare.portal.api.payments;

/** What the caller may do with a payment schedule now. */
public enum PaymentScheduleAction {
    /** Approve or adjust the lines with exceptions (a DRAFT). */
    RESOLVE_EXCEPTIONS,
    /** Make the schedule final (a DRAFT with no unresolved exception). */
    FINALISE,
    /** Record a correction (a FINAL schedule). */
    ADD_CORRECTION
}
