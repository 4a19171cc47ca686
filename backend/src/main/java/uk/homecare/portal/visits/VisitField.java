package uk.homecare.portal.visits;

/** A visit's fields, by their name in the JSON form and their column in an ECM file. */
enum VisitField {
    PACKAGE("packageId", "package_reference"),
    VISIT_DATE("visitDate", "visit_date"),
    PLANNED_START("plannedStart", "planned_start"),
    PLANNED_END("plannedEnd", "planned_end"),
    ACTUAL_START("actualStart", "actual_start"),
    ACTUAL_END("actualEnd", "actual_end"),
    CARERS_PRESENT("carersPresent", "carers_present"),
    MISSED("missed", "missed"),
    VARIANCE_REASON("varianceReason", "variance_reason"),
    VARIANCE_NOTE("varianceNote", "variance_note"),
    BOOKING("bookingId", "booking_id");

    final String json;
    final String column;

    VisitField(String json, String column) {
        this.json = json;
        this.column = column;
    }
}
