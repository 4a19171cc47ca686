package uk.homecare.portal.ui.visits;

import java.time.LocalDate;
import java.time.LocalTime;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.VisitForm;

/** The record-a-visit form's fields, named as the API's {@link VisitForm} names them (so its field errors land here). */
public record VisitEntry(LocalDate visitDate, LocalTime plannedStart, LocalTime plannedEnd, LocalTime actualStart, LocalTime actualEnd,
        Integer carersPresent, Boolean missed, VarianceReason varianceReason, String varianceNote) {

    VisitForm form() {
        return new VisitForm(visitDate, plannedStart, plannedEnd, actualStart, actualEnd, carersPresent, missed, varianceReason,
                varianceNote == null || varianceNote.isBlank() ? null : varianceNote, null);
    }
}
