package uk.homecare.portal.capacity;

import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.api.capacity.CouncilZones;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: a provider reports this week's capacity for a council and zone. One report per provider,
 * zone and week: reporting again that week replaces it. A report older than 7 days is stale.
 */
@Singleton
class CapacityReporting {

    static final Duration STALE_AFTER = Duration.ofDays(7);

    static final String SELECT = """
            select r.*, o.name as provider_name, c.name as council_name, z.name as zone_name
              from capacity_report r
              join organisation o on o.id = r.provider_id
              join council c on c.id = r.council_id
              join zone z on z.id = r.zone_id
            """;

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    CapacityReporting(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    CapacityReport report(Actor actor, CapacityReportForm form) {
        UUID provider = actor.homeOrganisation();
        if (!contracted(provider, form.councilId())) {
            throw PortalProblem.invalid("councilId", Problems.message("capacity.council.not-contracted"));
        }
        Instant now = clock.instant();
        LocalDate today = UkTime.dateOf(now);
        if (sql.one("select 1 from zone where id = ? and council_id = ? and (retired_on is null or retired_on > ?)",
                row -> true, form.zoneId(), form.councilId(), today).isEmpty()) {
            throw PortalProblem.invalid("zoneId", Problems.message("capacity.zone.unknown"));
        }
        if (form.nonDrivingStaff() > form.staff()) {
            throw PortalProblem.invalid("nonDrivingStaff", Problems.message("capacity.staff.non-drivers"));
        }
        UUID id = sql.one("""
                insert into capacity_report (provider_id, council_id, zone_id, week_starts, daytime_minutes, out_of_hours_minutes,
                                             double_handed, staff, non_driving_staff, reported_at, reported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (provider_id, zone_id, week_starts) do update set
                    daytime_minutes = excluded.daytime_minutes, out_of_hours_minutes = excluded.out_of_hours_minutes,
                    double_handed = excluded.double_handed, staff = excluded.staff, non_driving_staff = excluded.non_driving_staff,
                    reported_at = excluded.reported_at, reported_by = excluded.reported_by
                returning id""", row -> uuid(row, "id"),
                provider, form.councilId(), form.zoneId(), today.with(DayOfWeek.MONDAY), form.daytimeMinutes(), form.outOfHoursMinutes(),
                form.doubleHanded(), form.staff(), form.nonDrivingStaff(), now, actor.id()).orElseThrow();
        audit.record(actor, form.councilId(), AuditAction.CAPACITY_REPORTED, "capacity_report", id, Map.of(
                "daytimeMinutes", form.daytimeMinutes(), "outOfHoursMinutes", form.outOfHoursMinutes(), "staff", form.staff()));
        return sql.one(SELECT + " where r.id = ?", this::read, id).orElseThrow();
    }

    /** The provider's latest report for each council and zone. */
    List<CapacityReport> latest(Actor actor, @Nullable UUID council) {
        return sql.list("""
                select * from (
                  select distinct on (r.council_id, r.zone_id) r.*, o.name as provider_name, c.name as council_name, z.name as zone_name
                    from capacity_report r
                    join organisation o on o.id = r.provider_id
                    join council c on c.id = r.council_id
                    join zone z on z.id = r.zone_id
                   where r.provider_id = ? and (?::uuid is null or r.council_id = ?::uuid)
                   order by r.council_id, r.zone_id, r.week_starts desc, r.reported_at desc) latest
                 order by council_name, zone_name""", this::read, actor.homeOrganisation(), council, council);
    }

    /** Where the provider may report: the councils it holds contracts with, and their zones in use. */
    List<CouncilZones> reportableZones(Actor actor) {
        LocalDate today = UkTime.today(clock);
        Map<UUID, CouncilZones> councils = new java.util.LinkedHashMap<>();
        sql.list("""
                select c.id as council_id, c.name as council_name, z.id as zone_id, z.name as zone_name
                  from organisation_council oc
                  join council c on c.id = oc.council_id
                  join zone z on z.council_id = c.id and (z.retired_on is null or z.retired_on > ?)
                 where oc.organisation_id = ? and (oc.until is null or oc.until > ?)
                 order by c.name, z.name""",
                row -> {
                    UUID council = uuid(row, "council_id");
                    String councilName = row.getString("council_name");
                    return councils.computeIfAbsent(council, id -> new CouncilZones(new NamedRef(id, councilName), new java.util.ArrayList<>()))
                            .zones().add(new NamedRef(uuid(row, "zone_id"), row.getString("zone_name")));
                },
                today, actor.homeOrganisation(), today);
        return List.copyOf(councils.values());
    }


    private boolean contracted(UUID provider, UUID council) {
        return sql.one("""
                select 1 from organisation_council oc join organisation o on o.id = oc.organisation_id
                 where oc.organisation_id = ? and oc.council_id = ? and o.kind = 'PROVIDER'
                   and (oc.until is null or oc.until > ?)""", row -> true, provider, council, UkTime.today(clock)).isPresent();
    }

    private CapacityReport read(java.sql.ResultSet row) throws java.sql.SQLException {
        Instant reportedAt = instant(row, "reported_at");
        return new CapacityReport(uuid(row, "id"),
                new NamedRef(uuid(row, "provider_id"), row.getString("provider_name")),
                new NamedRef(uuid(row, "council_id"), row.getString("council_name")),
                new NamedRef(uuid(row, "zone_id"), row.getString("zone_name")),
                Sql.date(row, "week_starts"), row.getInt("daytime_minutes"), row.getInt("out_of_hours_minutes"),
                row.getBoolean("double_handed"), row.getInt("staff"), row.getInt("non_driving_staff"), reportedAt,
                reportedAt.isBefore(clock.instant().minus(STALE_AFTER)));
    }
}
