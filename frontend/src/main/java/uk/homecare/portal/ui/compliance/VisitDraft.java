package uk.homecare.portal.ui.compliance;

import java.time.LocalDate;

/** The monitoring visit form's fields while it is being filled in (a bean for the binder, named as the API's fields). */
public class VisitDraft {

    private LocalDate visitedOn;
    private String findings;

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
