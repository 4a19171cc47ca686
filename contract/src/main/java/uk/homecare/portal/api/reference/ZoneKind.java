package uk.homecare.portal.api.reference;

/** Whether a zone is a town or city area or a rural one. */
public enum ZoneKind {
    URBAN,
    RURAL
}
