package uk.homecare.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.account.Council;
import uk.homecare.portal.api.account.CouncilForm;
import uk.homecare.portal.api.account.Nation;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * The platform administrator's councils: each created with its own organisation row (kind COUNCIL, holding the
 * ODS code), which its staff accounts belong to. A council's first administrator is then invited like anyone else.
 */
@Singleton
class CouncilRegistration {

    private static final String LIST = """
            select c.id, c.code, c.name, c.name_cy, c.nation, c.language, o.ods_code,
                   (select count(*) from app_user u where u.council_id = c.id and u.role = 'ADMIN' and u.enabled) as administrators,
                   (select count(*) from invitation i where i.council_id = c.id and i.role = 'ADMIN' and i.used_at is null
                       and i.revoked_at is null and i.expires_at > ?::timestamptz) as invited
              from council c
              left join lateral (select ods_code from organisation o where o.council_id = c.id and o.kind = 'COUNCIL'
                                  order by o.created_at limit 1) o on true""";

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    CouncilRegistration(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    List<Council> list() {
        return sql.list(LIST + " order by c.name, c.id", CouncilRegistration::council, clock.instant());
    }

    @Transactional
    Council create(Actor actor, CouncilForm form) {
        UUID council = sql.one("""
                insert into council (code, name, nation, language, created_at) values (?, ?, ?, ?, ?::timestamptz)
                on conflict do nothing returning id""", row -> Sql.uuid(row, "id"),
                form.code(), form.name().trim(), form.nation(), form.language(), clock.instant())
                .orElseThrow(() -> PortalProblem.conflict(Problems.message("council.code-taken")));
        sql.one("""
                insert into organisation (kind, name, council_id, ods_code, created_at) values ('COUNCIL', ?, ?, ?, ?::timestamptz)
                on conflict do nothing returning id""", row -> Sql.uuid(row, "id"),
                form.name().trim(), council, form.odsCode(), clock.instant())
                .orElseThrow(() -> PortalProblem.conflict(Problems.message("council.ods-taken")));
        // The platform administrator acts for no council, so the event is of none (V11 lets anyone write such an event).
        audit.record(actor, null, AuditAction.COUNCIL_CREATED, "council", council, Map.of("code", form.code()));
        return sql.one(LIST + " where c.id = ?", CouncilRegistration::council, clock.instant(), council).orElseThrow();
    }

    private static Council council(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Council(Sql.uuid(row, "id"), row.getString("code"), row.getString("name"), row.getString("name_cy"),
                row.getString("ods_code"),
                Nation.valueOf(row.getString("nation")), row.getString("language"), row.getInt("administrators"), row.getInt("invited"));
    }
}
