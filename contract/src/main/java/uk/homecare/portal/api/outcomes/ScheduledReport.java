package uk.homecare.portal.api.outcomes;

/** A report a council may have e-mailed monthly (as a link behind sign-in, never its figures). */
public enum ScheduledReport {
    /** The key performance indicators of the month just ended (the "Performance (KPIs)" page): commissioners and administrators. */
    KPI_SUMMARY,
    /** The outcomes report (the "Outcomes" page and its PDF): commissioners only. */
    OUTCOMES
}
