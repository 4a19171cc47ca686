package uk.homecare.portal.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.testing.PortalTest;

/**
 * The tables that only grow are partitioned by month (V26): retention drops a month whole once every row in it is past
 * keeping, keeps every other month, and never drops the audit trail's or the ledger's months before the law allows.
 */
@MicronautTest(transactional = false)
class MonthsPastKeepingAreDroppedWholeTest extends PortalTest {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final List<String> TABLES = List.of("hours_ledger", "audit_event", "partner_event", "email_outbox", "webhook_delivery");

    @Inject
    Retention retention;

    @Inject
    MonthPartitions partitions;

    @Inject
    Sql sql;

    @Inject
    AcrossCouncils acrossCouncils;

    @Test
    void retention_drops_the_month_of_partner_events_past_keeping_and_keeps_the_month_still_kept_and_every_month_ahead() {
        Instant now = clock.instant();
        LocalDate old = month(now, -40);
        LocalDate recent = month(now, -11);
        makeMonths(old, old);
        makeMonths(recent, recent);
        partnerEvent(start(old).plus(Duration.ofDays(3)));
        partnerEvent(start(recent).plus(Duration.ofDays(3)));
        int before = number("select count(*) from partner_event");
        Instant cutoff = now.minus(Duration.ofDays(365));
        List<String> kept = partitionsOf("partner_event").stream()
                .filter(name -> name.endsWith("_default")
                        || start(LocalDate.parse(name.substring(name.length() - 6) + "01", DateTimeFormatter.BASIC_ISO_DATE))
                                .atZone(ZoneOffset.UTC).plusMonths(1).toInstant().isAfter(cutoff))
                .toList();

        Retention.Removed removed = retention.expire(now);

        assertThat(removed.partitionsDropped()).contains("partner_event_p" + MONTH.format(old))
                .doesNotContain("partner_event_p" + MONTH.format(recent));
        assertThat(partitionsOf("partner_event")).as("every month still kept, every month ahead and the safety net")
                .containsExactlyInAnyOrderElementsOf(kept)
                .contains("partner_event_p" + MONTH.format(recent), "partner_event_p" + MONTH.format(month(now, 0)),
                        "partner_event_p" + MONTH.format(month(now, MonthPartitions.MONTHS_AHEAD)), "partner_event_default")
                .doesNotContain("partner_event_p" + MONTH.format(old));
        assertThat(number("select count(*) from partner_event")).as("only the old month's event went").isEqualTo(before - 1);
    }

    @Test
    void a_month_of_e_mails_goes_only_once_every_e_mail_in_it_was_sent_or_given_up_thirty_days_before() {
        Instant now = clock.instant();
        LocalDate finished = month(now, -30);
        LocalDate stillSending = month(now, -29);
        makeMonths(finished, stillSending);
        email(start(finished).plus(Duration.ofDays(1)), start(finished).plus(Duration.ofDays(1)));
        email(start(stillSending).plus(Duration.ofDays(1)), start(stillSending).plus(Duration.ofDays(1)));
        email(start(stillSending).plus(Duration.ofDays(2)), null);

        Retention.Removed removed = retention.expire(now);

        assertThat(removed.partitionsDropped()).contains("email_outbox_p" + MONTH.format(finished))
                .doesNotContain("email_outbox_p" + MONTH.format(stillSending));
        assertThat(number("select count(*) from email_outbox where subject = 'retention test'")).isEqualTo(2);
    }

    @Test
    void the_audit_trail_and_the_ledger_keep_their_months_for_six_years_whatever_the_caller_asks() {
        Instant now = clock.instant();
        LocalDate month = month(now, -30);
        makeMonths(month, month);
        execute("""
                insert into audit_event (occurred_at, council_id, actor_name, actor_role, action, entity_type)
                values (?::timestamptz, null, 'retention test', 'SYSTEM', 'TEST', 'test')""", Timestamp.from(start(month)));

        List<String> dropped = new ArrayList<>();
        for (String table : List.of("audit_event", "hours_ledger")) {
            dropped.addAll(acrossCouncils.run("test: asking to drop every month",
                    () -> sql.list("select portal.drop_partitions_before(?, ?::timestamptz)", row -> row.getString(1),
                            table, now)));
        }

        assertThat(dropped).isEmpty();
        assertThat(exists("audit_event_p" + MONTH.format(month))).isTrue();
        assertThat(exists("hours_ledger_p" + MONTH.format(month))).isTrue();
        assertThat(number("select count(*) from audit_event where actor_name = 'retention test'")).isOne();
    }

    @Test
    void nodes_making_months_ahead_at_once_make_each_month_once_and_a_second_run_makes_none() throws Exception {
        Instant later = clock.instant().plus(Duration.ofDays(200));
        List<String> wanted = new ArrayList<>();
        for (LocalDate month = month(later, 0); !month.isAfter(month(later, MonthPartitions.MONTHS_AHEAD));
             month = month.plusMonths(1)) {
            for (String table : TABLES) {
                wanted.add(table + "_p" + MONTH.format(month));
            }
        }
        int missing = (int) wanted.stream().filter(table -> !exists(table)).count();

        List<Callable<Integer>> nodes = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            nodes.add(() -> partitions.makeAhead(later));
        }
        int made = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> run : pool.invokeAll(nodes)) {
                made += run.get();
            }
        }

        assertThat(missing).as("months the migration did not make").isPositive();
        assertThat(made).as("each missing month made once, by one of the nodes").isEqualTo(missing);
        assertThat(wanted).allMatch(this::exists);
        assertThat(partitions.makeAhead(later)).isZero();
        assertThat(number("""
                select count(*) from pg_class c
                 where c.relispartition and c.relnamespace = 'public'::regnamespace
                   and (has_table_privilege('portal_app', c.oid, 'select') or has_table_privilege('portal_app', c.oid, 'insert'))"""))
                .as("portal_app reaches rows only through the partitioned tables").isZero();
    }

    private static LocalDate month(Instant instant, int monthsLater) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfMonth(1).plusMonths(monthsLater);
    }

    private static Instant start(LocalDate month) {
        return month.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void makeMonths(LocalDate first, LocalDate last) {
        execute("select portal.ensure_month_partitions(0, ?::timestamptz, ?::timestamptz)",
                Timestamp.from(start(last)), Timestamp.from(start(first)));
    }

    private List<String> partitionsOf(String table) {
        List<String> names = new ArrayList<>();
        try (var db = connectDirectly(); var statement = db.prepareStatement(
                "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = ?::regclass")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private boolean exists(String table) {
        return number("select count(*) from pg_class where relname = ? and relnamespace = 'public'::regnamespace", table) == 1;
    }

    private void partnerEvent(Instant at) {
        execute("""
                insert into partner_event (partner_id, council_id, package_id, type, status, weekly_minutes, start_date, occurred_at)
                values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'package.created', 'OPEN', 60, ?::date, ?::timestamptz)""",
                LocalDate.ofInstant(at, ZoneOffset.UTC), Timestamp.from(at));
    }

    private void email(Instant created, Instant sent) {
        execute("""
                insert into email_outbox (to_address, subject, body, created_at, next_attempt_at, sent_at)
                values ('someone@example.test', 'retention test', 'body', ?::timestamptz, ?::timestamptz, ?::timestamptz)""",
                Timestamp.from(created), Timestamp.from(created), sent == null ? null : Timestamp.from(sent));
    }
}
