package uk.homecare.portal.api.payments;

/** How the council resolved an exception: paid as computed, or with paid minutes (and, if no rate applied, a rate) it set. */
public enum Resolution {
    APPROVED,
    ADJUSTED
}
