package uk.homecare.portal.council;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditEntry;
import uk.homecare.portal.api.audit.AuditEntryPage;
import uk.homecare.portal.platform.Sql;

/**
 * The council's audit events a filter finds, newest first. Every query names the council as well as
 * row-level security keeping to it; each criterion has an index (V1, V17) that starts with what it filters.
 */
@Singleton
class AuditReading {

    private final Sql sql;

    AuditReading(Sql sql) {
        this.sql = sql;
    }

    /** A statement's where clause and its parameters, in order. */
    private record Where(String clause, List<Object> parameters) {

        Object[] with(Object... more) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    @Transactional(readOnly = true)
    AuditEntryPage page(UUID council, AuditFilter filter, int page, int size) {
        Where where = where(council, filter);
        long total = sql.one("select count(*) from audit_event e " + where.clause(), row -> row.getLong(1), where.with()).orElse(0L);
        List<AuditEntry> items = entries(where, size, (long) page * size);
        return new AuditEntryPage(items, page, size, total);
    }

    /** The newest {@code limit} entries the filter finds. */
    @Transactional(readOnly = true)
    List<AuditEntry> newest(UUID council, AuditFilter filter, int limit) {
        return entries(where(council, filter), limit, 0);
    }

    private List<AuditEntry> entries(Where where, int limit, long offset) {
        return sql.list("""
                        select e.id, e.occurred_at, e.actor_name, e.actor_role, e.action, e.entity_type, e.entity_id, e.acting_for,
                               e.details::text as details
                          from audit_event e %s
                         order by e.occurred_at desc, e.id desc
                         limit ? offset ?""".formatted(where.clause()),
                row -> new AuditEntry(row.getLong("id"), Sql.instant(row, "occurred_at"), row.getString("actor_name"),
                        row.getString("actor_role"), row.getString("action"), row.getString("entity_type"), Sql.uuid(row, "entity_id"),
                        Sql.uuid(row, "acting_for"), row.getString("details")),
                where.with(limit, offset));
    }

    private static Where where(UUID council, AuditFilter filter) {
        StringBuilder clause = new StringBuilder("where e.council_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(council));
        if (filter.action() != null) {
            clause.append(" and e.action = ?");
            parameters.add(filter.action().name());
        }
        if (filter.actor() != null) {
            clause.append(" and lower(e.actor_name) = ?");
            parameters.add(filter.actor());
        }
        if (filter.from() != null) {
            clause.append(" and e.occurred_at >= ?");
            parameters.add(filter.from().atStartOfDay(UkTime.ZONE).toInstant());
        }
        if (filter.to() != null) {
            clause.append(" and e.occurred_at < ?");
            parameters.add(filter.to().plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
        }
        if (filter.packageReference() != null) {
            clause.append(" and e.entity_type = 'care_package'"
                    + " and e.entity_id = (select p.id from care_package p where p.council_id = ? and p.reference = ?)");
            parameters.add(council);
            parameters.add(filter.packageReference());
        }
        if (filter.person() != null) {
            // Three index look-ups (acting_for; the person's record; their packages by entity), not a scan of the council's events.
            clause.append(" ").append("""
                     and e.id in (select a.id from audit_event a where a.acting_for = ?
                                  union all
                                  select a.id from audit_event a where a.entity_type = 'person' and a.entity_id = ?
                                  union all
                                  select a.id from care_package p
                                    join audit_event a on a.entity_type = 'care_package' and a.entity_id = p.id
                                   where p.council_id = ? and p.person_id = ?)""");
            parameters.add(filter.person());
            parameters.add(filter.person());
            parameters.add(council);
            parameters.add(filter.person());
        }
        return new Where(clause.toString(), parameters);
    }
}
