package uk.homecare.portal.api.messaging;

/** The two sides of a query: the council (its commissioners) and the provider organisation holding, or that held, the package. */
public enum QuerySide {
    COUNCIL,
    PROVIDER
}
