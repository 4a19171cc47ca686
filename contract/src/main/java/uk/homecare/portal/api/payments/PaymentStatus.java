package uk.homecare.portal.api.payments;

/** Where a payment schedule is: a DRAFT the council is still checking, or FINAL (immutable; corrected by new lines). */
public enum PaymentStatus {
    DRAFT,
    FINAL
}
