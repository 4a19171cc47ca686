package uk.homecare.portal.ui.visits;

import com.vaadin.flow.component.Component;
import uk.homecare.portal.api.visits.Visit;

/** A visit's times and reason in words. */
final class VisitWords {

    private VisitWords() {}

    static String planned(Visit visit) {
        return visit.plannedStart() + "–" + visit.plannedEnd();
    }

    static String actual(Component view, Visit visit) {
        return visit.missed() || visit.actualStart() == null ? view.getTranslation("visitExceptions.missed")
                : visit.actualStart() + "–" + visit.actualEnd();
    }

    static String reason(Component view, Visit visit) {
        String reason = visit.varianceReason() == null ? "" : view.getTranslation("visits.reason." + visit.varianceReason());
        return visit.varianceNote() == null ? reason : reason + ": " + visit.varianceNote();
    }
}
