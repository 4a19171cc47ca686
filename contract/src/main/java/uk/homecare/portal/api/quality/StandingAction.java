package uk.homecare.portal.api.quality;

/** What the caller may do now about a provider's standing in its council. */
public enum StandingAction {
    SUSPEND,
    LIFT_SUSPENSION
}
