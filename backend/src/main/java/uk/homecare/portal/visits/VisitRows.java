package uk.homecare.portal.visits;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitSource;

/** Reads visits with their package's reference and provider's name. */
final class VisitRows {

    static final String SELECT = """
            select v.id, v.package_id, p.reference, v.provider_id, o.name as provider_name, v.visit_date, v.planned_start,
                   v.planned_end, v.planned_minutes, v.actual_start, v.actual_end, v.actual_minutes, v.carers_present, v.missed,
                   v.variance_reason, v.variance_note, v.booking_id, v.source, v.import_id, v.recorded_at
              from visit_actual v join care_package p on p.id = v.package_id join organisation o on o.id = v.provider_id
            """;

    private VisitRows() {}

    static Visit read(ResultSet row) throws SQLException {
        LocalTime plannedStart = time(row, "planned_start");
        LocalTime actualStart = time(row, "actual_start");
        int late = actualStart == null ? 0 : Math.max(0, VisitLine.minutes(plannedStart, actualStart));
        String reason = row.getString("variance_reason");
        return new Visit(uuid(row, "id"), uuid(row, "package_id"), row.getString("reference"), uuid(row, "provider_id"),
                row.getString("provider_name"), date(row, "visit_date"), plannedStart, time(row, "planned_end"),
                row.getInt("planned_minutes"), actualStart, time(row, "actual_end"), row.getInt("actual_minutes"), late,
                row.getInt("carers_present"), row.getBoolean("missed"), reason == null ? null : VarianceReason.valueOf(reason),
                row.getString("variance_note"), uuid(row, "booking_id"), VisitSource.valueOf(row.getString("source")),
                uuid(row, "import_id"), instant(row, "recorded_at"));
    }

    private static LocalTime time(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalTime.class);
    }

}
