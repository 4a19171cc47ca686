package uk.homecare.portal.brokerage;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.ChangeKind;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * How a care package is read from the database. Identity is read only where the reader is entitled
 * to it: the mapper for providers before award never touches the person's columns.
 */
final class PackageReading {

    static final String SELECT = """
            select p.*, c.name as council_name, z.name as zone_name, l.name as lot_name,
                   l.price_competition, ap.name as awarded_provider_name,
                   (select o.proposed_start from offer o
                     where o.package_id = p.id and o.provider_id = p.awarded_provider_id and o.response = 'WON'
                     order by o.round desc limit 1) as agreed_start,
                   pe.given_name, pe.family_name, pe.date_of_birth, pe.nhs_number, pe.address_line, pe.postcode,
                   exists (select 1 from offer o where o.package_id = p.id and o.round = p.round
                                                   and o.response in ('BID', 'ACCEPTED')) as has_bids,
                   exists (select 1 from lot_provider lp where lp.lot_id = p.lot_id
                                                         and lp.provider_id is distinct from p.awarded_provider_id) as other_providers,
                   exists (select 1 from package_variation v where v.package_id = p.id and v.status = 'PROPOSED') as variation_pending,
                   (select pc.kind from package_change pc where pc.package_id = p.id and pc.state = 'AWAITING') as awaiting_change,
                   """ + Escalation.ESCALATES_AT + " as escalates_at, " + WeeklySchedules.SCHEDULE_COLUMN + """
              from care_package p
              join council c on c.id = p.council_id
              join zone z on z.id = p.zone_id
              join lot l on l.id = p.lot_id
              join person pe on pe.id = p.person_id
              left join organisation ap on ap.id = p.awarded_provider_id
            """;

    private PackageReading() {}

    /**
     * A package with the person it is for (for its council, and for the provider it is awarded to), and
     * what {@code reader} may do with it now.
     */
    static Sql.Row<CarePackage> withPerson(Actor reader) {
        return row -> read(row, person(row)).withActions(PackageActions.of(reader, facts(row)));
    }

    private static PackageActions.Facts facts(ResultSet row) throws SQLException {
        return new PackageActions.Facts(PackageStatus.valueOf(row.getString("status")), uuid(row, "awarded_provider_id"),
                date(row, "hand_back_on"), row.getBoolean("has_bids"), row.getBoolean("other_providers"),
                row.getBoolean("variation_pending"),
                row.getString("awaiting_change") == null ? null : ChangeKind.valueOf(row.getString("awaiting_change")));
    }

    static VisitPattern visitPattern(ResultSet row) throws SQLException {
        return new VisitPattern(row.getInt("visits_per_day"), row.getInt("visit_minutes"), timesOfDay(row.getString("times_of_day")),
                row.getBoolean("out_of_hours"), row.getBoolean("double_handed"));
    }

    static String timesOfDay(List<TimeOfDay> times) {
        return String.join(",", times.stream().distinct().sorted().map(Enum::name).toList());
    }

    static NamedRef ref(ResultSet row, String idColumn, String nameColumn) throws SQLException {
        var id = uuid(row, idColumn);
        return id == null ? null : new NamedRef(id, row.getString(nameColumn));
    }

    private static CarePackage read(ResultSet row, PersonDetails person) throws SQLException {
        return new CarePackage(
                uuid(row, "id"),
                row.getString("reference"),
                PackageStatus.valueOf(row.getString("status")),
                ref(row, "council_id", "council_name"),
                ref(row, "zone_id", "zone_name"),
                ref(row, "lot_id", "lot_name"),
                Funding.valueOf(row.getString("funding")),
                row.getInt("weekly_minutes"),
                visitPattern(row),
                date(row, "start_date"),
                row.getString("needs_summary"),
                row.getString("postcode_district"),
                person,
                instant(row, "stage_ends_at"),
                instant(row, "published_at"),
                ref(row, "awarded_provider_id", "awarded_provider_name"),
                instant(row, "awarded_at"),
                date(row, "agreed_start"),
                date(row, "hand_back_on"),
                row.getInt("version"),
                List.of(),
                WeeklySchedules.schedule(row),
                WeeklySchedules.needs(row, "matching_needs"),
                Urgency.valueOf(row.getString("urgency")),
                instant(row, "emergency_at"),
                instant(row, "escalates_at"));
    }

    private static PersonDetails person(ResultSet row) throws SQLException {
        return new PersonDetails(row.getString("given_name"), row.getString("family_name"), date(row, "date_of_birth"),
                row.getString("nhs_number"), row.getString("address_line"), row.getString("postcode"));
    }

    private static List<TimeOfDay> timesOfDay(String stored) {
        return Arrays.stream(stored.split(",")).map(TimeOfDay::valueOf).toList();
    }
}
