package uk.homecare.portal.api.messaging;

/**
 * What a query is about, and how many working days (Monday to Friday, UK dates) the other side has to answer it.
 * There is no safeguarding type on purpose: a safeguarding concern goes to the council's safeguarding team by its
 * own route (telephone, the council's referral form), never as a message here.
 */
public enum QueryType {
    /** About what is paid for the package: an invoice, a rate, hours paid. */
    PAYMENT_QUERY(5),
    /** The person's needs have changed (more or less care, other times): the package may need varying. */
    CHANGE_OF_NEED(2),
    /** A problem with the visits: missed, late, access to the home, equipment. */
    VISIT_ISSUE(2),
    /** Anything else about the package. */
    GENERAL(5);

    private final int responseWorkingDays;

    QueryType(int responseWorkingDays) {
        this.responseWorkingDays = responseWorkingDays;
    }

    /** Working days the other side has to answer, counted from the day after it was asked. */
    public int responseWorkingDays() {
        return responseWorkingDays;
    }
}
