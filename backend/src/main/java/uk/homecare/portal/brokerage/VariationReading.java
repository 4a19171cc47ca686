package uk.homecare.portal.brokerage;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.PackageTerms;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationStatus;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.platform.Sql;

/** How variations are read: a package's, newest first, each with its old and new terms. */
final class VariationReading {

    private static final String SELECT = "select v.* from package_variation v ";

    private VariationReading() {}

    static List<Variation> ofPackage(Sql sql, UUID packageId) {
        return sql.list(SELECT + "where v.package_id = ? order by v.proposed_at desc, v.id", VariationReading::read, packageId);
    }

    static Variation one(Sql sql, UUID id) {
        return sql.one(SELECT + "where v.id = ?", VariationReading::read, id).orElseThrow();
    }

    static PackageTerms terms(ResultSet row, String prefix) throws SQLException {
        return new PackageTerms(row.getInt(prefix + "weekly_minutes"), new VisitPattern(row.getInt(prefix + "visits_per_day"),
                row.getInt(prefix + "visit_minutes"), times(row.getString(prefix + "times_of_day")), row.getBoolean(prefix + "out_of_hours"),
                row.getBoolean(prefix + "double_handed")));
    }

    private static Variation read(ResultSet row) throws SQLException {
        return new Variation(uuid(row, "id"), uuid(row, "package_id"), VariationStatus.valueOf(row.getString("status")),
                terms(row, "old_"), terms(row, "new_"), date(row, "effective_from"), row.getString("reason"),
                instant(row, "proposed_at"), row.getString("proposed_by_name"), instant(row, "respond_by"), instant(row, "ended_at"),
                row.getString("ended_by_name"), row.getString("decline_reason"), instant(row, "applied_at") != null);
    }

    private static List<TimeOfDay> times(String stored) {
        return Arrays.stream(stored.split(",")).map(TimeOfDay::valueOf).toList();
    }
}
