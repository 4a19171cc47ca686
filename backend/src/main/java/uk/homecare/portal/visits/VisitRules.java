package uk.homecare.portal.visits;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.VisitForm;

/**
 * What a visit must say to be recorded, the same for a form and an ECM row: a day on or after the package's start and
 * not in the future (today only once the visit has ended), a planned and an actual end after their start on the same
 * day, no actual times when missed, a carer present when not missed, and a reason when missed or when start, end or
 * length differ from the plan by more than {@link VisitForm#TOLERANCE_MINUTES} minutes ("other" with a note).
 */
final class VisitRules {

    private VisitRules() {}

    static List<Refusal> check(VisitLine visit, LocalDate today, LocalTime timeNow) {
        List<Refusal> refusals = new ArrayList<>();
        if (visit.visitDate().isBefore(visit.held().startDate())) {
            refusals.add(new Refusal(VisitField.VISIT_DATE, "visits.date.before-start", visit.held().startDate().toString()));
        } else if (visit.visitDate().isAfter(today)) {
            refusals.add(new Refusal(VisitField.VISIT_DATE, "visits.date.future"));
        }
        if (!visit.plannedEnd().isAfter(visit.plannedStart())) {
            refusals.add(new Refusal(VisitField.PLANNED_END, "visits.end.before-start"));
        }
        if (visit.missed()) {
            if (visit.actualStart() != null) {
                refusals.add(new Refusal(VisitField.ACTUAL_START, "visits.missed.no-times"));
            }
            if (visit.actualEnd() != null) {
                refusals.add(new Refusal(VisitField.ACTUAL_END, "visits.missed.no-times"));
            }
            if (visit.reason() == null) {
                refusals.add(new Refusal(VisitField.VARIANCE_REASON, "visits.reason.missed"));
            }
            if (visit.visitDate().equals(today) && visit.plannedStart().isAfter(timeNow)) {
                refusals.add(new Refusal(VisitField.PLANNED_START, "visits.time.future"));
            }
        } else {
            if (visit.actualStart() == null) {
                refusals.add(new Refusal(VisitField.ACTUAL_START, "visits.actual.required"));
            }
            if (visit.actualEnd() == null) {
                refusals.add(new Refusal(VisitField.ACTUAL_END, "visits.actual.required"));
            }
            if (visit.carersPresent() < 1) {
                refusals.add(new Refusal(VisitField.CARERS_PRESENT, "visits.carers.none"));
            }
            if (visit.actualStart() != null && visit.actualEnd() != null) {
                if (!visit.actualEnd().isAfter(visit.actualStart())) {
                    refusals.add(new Refusal(VisitField.ACTUAL_END, "visits.end.before-start"));
                } else if (visit.visitDate().equals(today) && visit.actualEnd().isAfter(timeNow)) {
                    refusals.add(new Refusal(VisitField.ACTUAL_END, "visits.time.future"));
                } else if (visit.reason() == null && varies(visit)) {
                    refusals.add(new Refusal(VisitField.VARIANCE_REASON, "visits.reason.variance", VisitForm.TOLERANCE_MINUTES));
                }
            }
        }
        if (visit.reason() == VarianceReason.OTHER && (visit.note() == null || visit.note().isBlank())) {
            refusals.add(new Refusal(VisitField.VARIANCE_NOTE, "visits.note.other"));
        }
        if (visit.note() != null && visit.note().length() > VisitForm.NOTE_MAX_LENGTH) {
            refusals.add(new Refusal(VisitField.VARIANCE_NOTE, "visits.note.long", VisitForm.NOTE_MAX_LENGTH));
        }
        return refusals;
    }

    /** Whether start, end or length differ from the plan by more than the tolerance. */
    static boolean varies(VisitLine visit) {
        if (visit.actualStart() == null || visit.actualEnd() == null || !visit.plannedEnd().isAfter(visit.plannedStart())) {
            return false;
        }
        int tolerance = VisitForm.TOLERANCE_MINUTES;
        return Math.abs(VisitLine.minutes(visit.plannedStart(), visit.actualStart())) > tolerance
                || Math.abs(VisitLine.minutes(visit.plannedEnd(), visit.actualEnd())) > tolerance
                || Math.abs(visit.actualMinutes() - visit.plannedMinutes()) > tolerance;
    }
}
