package uk.homecare.portal.api.hoursbank;

/** What the caller may do with a plan now: change its weekly hours from a coming Monday, or end it (its council's commissioners, while it has not ended). */
public enum PlanAction {
    CHANGE_HOURS,
    END
}
