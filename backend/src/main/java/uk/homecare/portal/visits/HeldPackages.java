package uk.homecare.portal.visits;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.homecare.portal.platform.Sql;

/** The awarded packages a provider holds, found by id or by reference (under the acting councils' row-level security). */
@Singleton
class HeldPackages {

    private static final String SELECT = """
            select id, reference, council_id, person_id, start_date, awarded_provider_id
              from care_package where status = 'AWARDED' and awarded_provider_id = ?""";

    private final Sql sql;

    HeldPackages(Sql sql) {
        this.sql = sql;
    }

    Optional<HeldPackage> byId(UUID provider, UUID packageId) {
        return sql.one(SELECT + " and id = ?", HeldPackages::read, provider, packageId);
    }

    /** The held packages among these references, by reference; one query for a whole file. */
    Map<String, HeldPackage> byReference(UUID provider, Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        List<HeldPackage> found = sql.list(SELECT + " and reference = any (?)", HeldPackages::read, provider, List.copyOf(references));
        return found.stream().collect(Collectors.toMap(HeldPackage::reference, Function.identity()));
    }

    private static HeldPackage read(ResultSet row) throws SQLException {
        return new HeldPackage(uuid(row, "id"), row.getString("reference"), uuid(row, "council_id"), uuid(row, "person_id"),
                date(row, "start_date"), uuid(row, "awarded_provider_id"));
    }
}
