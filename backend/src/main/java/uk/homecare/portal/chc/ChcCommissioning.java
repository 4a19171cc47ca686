package uk.homecare.portal.chc;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.chc.ChcRequirement;
import uk.homecare.portal.api.chc.ChcSummary;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * The council's side of CHC: the care it needs commissioned each week, what is commissioned and
 * waiting against it, and its map from postcode district to zone for placing partner packages.
 */
@Singleton
class ChcCommissioning {

    private final Sql sql;
    private final AuditTrail audit;

    ChcCommissioning(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    ChcRequirement requirement(Actor actor) {
        return sql.one("select chc_weekly_minutes_required from council where id = ?", row -> new ChcRequirement(row.getInt(1)),
                actor.homeCouncil()).orElseThrow();
    }

    @Transactional
    ChcRequirement changeRequirement(Actor actor, ChcRequirement requirement) {
        UUID council = actor.homeCouncil();
        sql.update("update council set chc_weekly_minutes_required = ? where id = ?", requirement.weeklyMinutes(), council);
        audit.record(actor, council, AuditAction.CHC_REQUIREMENT_CHANGED, "council", council, Map.of("weeklyMinutes", requirement.weeklyMinutes()));
        return requirement(actor);
    }

    ChcSummary summary(Actor actor) {
        return sql.one("""
                select c.chc_weekly_minutes_required as required,
                       coalesce(sum(p.weekly_minutes) filter (where p.status = 'AWARDED'), 0) as commissioned,
                       coalesce(sum(p.weekly_minutes) filter (where p.status in ('DRAFT', 'PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED')), 0) as waiting,
                       count(p.id) filter (where p.status = 'AWARDED') as awarded,
                       count(p.id) filter (where p.status in ('DRAFT', 'PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED')) as waiting_count
                  from council c
                  left join care_package p on p.council_id = c.id and p.funding = 'NHS_CHC'
                 where c.id = ?
                 group by c.id""",
                row -> new ChcSummary(row.getInt("required"), row.getInt("commissioned"), row.getInt("waiting"),
                        row.getInt("awarded"), row.getInt("waiting_count")),
                actor.homeCouncil()).orElseThrow();
    }

    List<PostcodeDistrictZone> districts(Actor actor) {
        return sql.list("select district, zone_id from postcode_district_zone where council_id = ? order by district",
                row -> new PostcodeDistrictZone(row.getString("district"), uuid(row, "zone_id")), actor.homeCouncil());
    }

    /** Replaces the whole map: districts not sent are unmapped. */
    @Transactional
    List<PostcodeDistrictZone> changeDistricts(Actor actor, List<PostcodeDistrictZone> map) {
        UUID council = actor.homeCouncil();
        for (PostcodeDistrictZone line : map) {
            if (sql.one("select 1 from zone where id = ? and council_id = ?", row -> true, line.zoneId(), council).isEmpty()) {
                throw ChcProblems.invalid("zoneId", "chc.district.zone-unknown");
            }
        }
        sql.update("delete from postcode_district_zone where council_id = ?", council);
        for (PostcodeDistrictZone line : map) {
            sql.update("insert into postcode_district_zone (council_id, district, zone_id) values (?, ?, ?) on conflict (council_id, district) do update set zone_id = excluded.zone_id",
                    council, line.district().toUpperCase(java.util.Locale.ROOT), line.zoneId());
        }
        audit.record(actor, council, AuditAction.POSTCODE_DISTRICTS_CHANGED, "council", council, Map.of("districts", map.size()));
        return districts(actor);
    }
}
