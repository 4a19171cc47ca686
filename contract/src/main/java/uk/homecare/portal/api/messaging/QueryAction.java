package uk.homecare.portal.api.messaging;

/**
 * What the caller may do now: START a query about the package (the provider holding it, or its council's
 * commissioners while a provider holds it), REPLY to a query or CLOSE it (either side, until it is closed).
 */
public enum QueryAction {
    START,
    REPLY,
    CLOSE
}
