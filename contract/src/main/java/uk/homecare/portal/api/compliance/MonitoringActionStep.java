package uk.homecare.portal.api.compliance;

/** What the caller may do with an action of a monitoring visit now. */
public enum MonitoringActionStep {
    /** Mark it done with a note (the provider's staff; an OPEN action). */
    MARK_DONE
}
