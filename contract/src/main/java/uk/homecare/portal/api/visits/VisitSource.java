package uk.homecare.portal.api.visits;

/** How a visit's actuals reached the portal: one at a time (API or UI) or in an uploaded ECM export. */
public enum VisitSource {
    API,
    ECM
}
