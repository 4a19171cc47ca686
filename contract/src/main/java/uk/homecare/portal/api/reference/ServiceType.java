package uk.homecare.portal.api.reference;

/** What an hourly rate is paid for. */
public enum ServiceType {
    DOMICILIARY,
    SHORT_BREAKS,
    OUT_OF_HOURS,
    CHC
}
