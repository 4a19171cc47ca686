package uk.homecare.portal.api.messaging;

/**
 * Where a query stands: OPEN awaits the side that did not ask, ANSWERED has their reply (a new message from the
 * asker opens it again), CLOSED is finished (either side closes it). OVERDUE is an OPEN query past the day its answer
 * was due: worked out when read, never stored.
 */
public enum QueryStatus {
    OPEN,
    ANSWERED,
    OVERDUE,
    CLOSED
}
