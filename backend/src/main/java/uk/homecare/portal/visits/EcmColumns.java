package uk.homecare.portal.visits;

import java.util.List;

/** The column set of an ECM export (docs/ecm-import.md): named by the header row, in any order. */
final class EcmColumns {

    static final List<VisitField> REQUIRED = List.of(VisitField.PACKAGE, VisitField.VISIT_DATE, VisitField.PLANNED_START,
            VisitField.PLANNED_END, VisitField.ACTUAL_START, VisitField.ACTUAL_END, VisitField.CARERS_PRESENT, VisitField.MISSED,
            VisitField.VARIANCE_REASON);
    static final List<VisitField> OPTIONAL = List.of(VisitField.VARIANCE_NOTE, VisitField.BOOKING);

    /** The largest file taken (bytes), and the most visit rows in one. */
    static final int MOST_BYTES = 10 * 1024 * 1024;
    static final int MOST_ROWS = 100_000;

    private EcmColumns() {}
}
