package uk.homecare.portal.api.compliance;

/** An action of a monitoring visit: still open, or done (with the provider's note). */
public enum MonitoringActionStatus {
    OPEN,
    DONE
}
