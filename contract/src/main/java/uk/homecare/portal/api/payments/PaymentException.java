package uk.homecare.portal.api.payments;

/** Why a line needs the council's decision before the schedule can be final (the first that applies, in this order). */
public enum PaymentException {
    /** No rate was in force for the visit's service type on its day (nor an agreed bid rate): the line pays nothing until adjusted. */
    NO_RATE,
    /** The visit was missed: it pays nothing unless adjusted. */
    MISSED,
    /** Fewer or more carers were present than the package commissions. */
    CARERS_DIFFER,
    /** The actual minutes differ from the planned minutes by more than the tolerance (15 minutes). */
    MINUTES_DIFFER
}
