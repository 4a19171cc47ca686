package uk.homecare.portal.api.account;

/** The nation a council is in: it decides the regulator and whether Welsh is offered first. */
public enum Nation {
    ENGLAND,
    WALES
}
