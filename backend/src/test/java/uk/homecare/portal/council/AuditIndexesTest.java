package uk.homecare.portal.council;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.testing.PortalTest;

/**
 * Each filter the audit viewer offers is served by an index once a council's trail is long: the plans of
 * the viewer's statements, on 200,000 events of one council, read from an index that starts with what
 * they filter rather than every event of the council.
 */
@MicronautTest(transactional = false)
class AuditIndexesTest extends PortalTest {

    private static final Logger LOG = LoggerFactory.getLogger(AuditIndexesTest.class);
    private static final String PAGE = " order by e.occurred_at desc, e.id desc limit 50";

    UUID coventry;
    UUID person;

    @BeforeAll
    void aLongTrail() {
        coventry = id("select id from council where code = 'coventry'");
        person = id("select id from person where council_id = ? limit 1", coventry);
        execute("""
                insert into audit_event (occurred_at, council_id, actor_name, actor_role, acting_for, action, entity_type, entity_id)
                select timestamptz '2020-01-01' + n * interval '7 minutes', ?, 'user' || (n % 500) || '@coventry.test', 'COMMISSIONER',
                       null, 'ACTION_' || (n % 40), case when n % 2 = 0 then 'care_package' else 'person' end, gen_random_uuid()
                  from generate_series(1, 200000) as n""", coventry);
        execute("analyze audit_event");
    }

    List<String> plan(String where, Object... parameters) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (var db = connectDirectly(); var statement = db.prepareStatement(
                "explain select e.* from audit_event e where e.council_id = ? " + where + PAGE)) {
            statement.setObject(1, coventry);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 2, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            // The trail is partitioned by month (V26): a plan names the partitions' indexes; name the index they belong to.
            var root = db.prepareStatement("select pg_partition_root(c.oid)::regclass::text from pg_class c where c.relname = ?");
            for (int i = 0; i < lines.size(); i++) {
                var index = java.util.regex.Pattern.compile("(\\w+_idx)\\b").matcher(lines.get(i));
                while (index.find()) {
                    root.setString(1, index.group(1));
                    try (var rows = root.executeQuery()) {
                        if (rows.next() && rows.getString(1) != null) {
                            lines.set(i, lines.get(i) + " (of " + rows.getString(1) + ")");
                        }
                    }
                }
            }
        }
        LOG.info("Plan for {}:\n{}", where, String.join("\n", lines));
        return lines;
    }

    @Test
    void by_action_by_actor_and_by_person_the_viewer_reads_an_index_of_what_it_filters() throws SQLException {
        assertThat(String.join("\n", plan("and e.action = ?", "ACTION_7"))).contains("audit_event_by_council_action");
        assertThat(String.join("\n", plan("and lower(e.actor_name) = ?", "user42@coventry.test"))).contains("audit_event_by_council_actor");
        assertThat(String.join("\n", plan("""
                and e.id in (select a.id from audit_event a where a.acting_for = ?
                             union all
                             select a.id from audit_event a where a.entity_type = 'person' and a.entity_id = ?
                             union all
                             select a.id from care_package p
                               join audit_event a on a.entity_type = 'care_package' and a.entity_id = p.id
                              where p.council_id = ? and p.person_id = ?)""",
                person, person, coventry, person))).contains("audit_event_by_acting_for", "audit_event_by_entity");
        assertThat(String.join("\n", plan("and e.entity_type = 'care_package' and e.entity_id = ?", UUID.randomUUID())))
                .contains("audit_event_by_entity");
    }
}
