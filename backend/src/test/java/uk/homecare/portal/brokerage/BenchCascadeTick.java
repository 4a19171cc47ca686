package uk.homecare.portal.brokerage;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.homecare.portal.platform.EmbeddedDatabase;

/**
 * Benchmark, not a test (Surefire never picks it up: its name does not match a test pattern; run it
 * with {@code bench/run}). Times one cascade tick, {@link Cascade#advanceLapsed(Instant)}, over N
 * packages whose PRIMARY window has lapsed, against a same-run baseline: the bare writes the tick must
 * make for the same rows (lapse N offers, move N packages, insert N offers and N audit events) as four
 * plain statements in one transaction, without the cascade's claiming, locking and bookkeeping.
 *
 * <p>Each repetition starts from the same state (the lapsed packages are deleted and inserted again,
 * then VACUUM ANALYZE), runs the baseline, resets, runs the tick, and checks that both did all the work.
 *
 * <p>Arguments: {@code --lapsed N} (10000), {@code --background N} (20000 packages whose window is still
 * open, so the lapsing index has something to skip), {@code --reps N} (5), {@code --data DIR} (where the
 * embedded PostgreSQL keeps its data; fsync on, as in demo mode), {@code --out FILE} (a Markdown section).
 */
public final class BenchCascadeTick {

    private static final String LAPSED_PREFIX = "BL-";
    private static final String BACKGROUND_PREFIX = "BG-";

    /** Lots with a PRIMARY and a SECONDARY provider, numbered, with a zone and a person of their council. */
    public static final String LOTS = """
            with lots as (
                select l.id as lot_id, l.council_id,
                       coalesce(l.zone_id, (select z.id from zone z where z.council_id = l.council_id order by z.code limit 1)) as zone_id,
                       (select pe.id from person pe where pe.council_id = l.council_id order by pe.id limit 1) as person_id,
                       row_number() over (order by l.id) - 1 as i,
                       count(*) over () as lot_count
                  from lot l
                 where exists (select 1 from lot_provider s where s.lot_id = l.id and s.tier = 'PRIMARY')
                   and exists (select 1 from lot_provider s where s.lot_id = l.id and s.tier = 'SECONDARY')
            )""";

    /** N packages in the PRIMARY stage of round 1, each with its PENDING offer to the lot's primary provider. */
    private static final String INSERT_PACKAGES = LOTS + """
            , packages as (
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes,
                                          visits_per_day, visit_minutes, times_of_day, out_of_hours, double_handed, start_date,
                                          needs_summary, postcode_district, status, round, stage_started_at, stage_ends_at, published_at)
                select lots.council_id, ?::text || g, lots.person_id, lots.zone_id, lots.lot_id, 'COUNCIL', 420,
                       2, 30, 'MORNING,TEATIME', false, false, current_date + 7,
                       'Benchmark package: personal care twice a day', 'CV1', 'PRIMARY', 1,
                       ?::timestamptz - interval '1 day', ?::timestamptz + make_interval(secs => ? * (1 + g % 3600)), ?::timestamptz - interval '1 day'
                  from generate_series(1, ?) g
                  join lots on lots.i = g % lots.lot_count
                returning id, lot_id, round, stage_started_at, stage_ends_at
            )
            insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at)
            select p.id, p.round, lp.provider_id, 'PRIMARY', p.stage_started_at, p.stage_ends_at
              from packages p join lot_provider lp on lp.lot_id = p.lot_id and lp.tier = 'PRIMARY'""";

    /** The floor: the same rows written by plain statements, no claiming, locking, policy lookup or audit details. */
    private static final List<String> BASELINE = List.of(
            """
            update offer o set response = 'LAPSED', responded_at = ?::timestamptz
              from care_package p
             where o.package_id = p.id and o.round = p.round and o.response = 'PENDING'
               and p.status = 'PRIMARY' and p.stage_ends_at <= ?::timestamptz""",
            """
            update care_package p
               set status = 'SECONDARY', stage_started_at = ?::timestamptz,
                   stage_ends_at = ?::timestamptz + interval '1440 minutes', version = p.version + 1
             where p.status = 'PRIMARY' and p.stage_ends_at <= ?::timestamptz""",
            """
            insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at)
            select p.id, p.round, lp.provider_id, 'SECONDARY', ?::timestamptz, p.stage_ends_at
              from care_package p join lot_provider lp on lp.lot_id = p.lot_id and lp.tier = 'SECONDARY'
             where p.status = 'SECONDARY' and p.stage_started_at = ?::timestamptz""",
            """
            insert into audit_event (occurred_at, council_id, actor_name, actor_role, action, entity_type, entity_id, details)
            select ?::timestamptz, p.council_id, 'cascade', 'SYSTEM', 'ENTERED_SECONDARY', 'care_package', p.id, '{}'::jsonb
              from care_package p
             where p.status = 'SECONDARY' and p.stage_started_at = ?::timestamptz""");
    private static final int[] BASELINE_NOW_PARAMETERS = {2, 3, 2, 2};

    private BenchCascadeTick() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int lapsed = Integer.parseInt(options.getOrDefault("lapsed", "10000"));
        int background = Integer.parseInt(options.getOrDefault("background", "20000"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "5"));
        Path data = Path.of(options.getOrDefault("data", "bench/work/cascade-postgres"));
        Path out = options.containsKey("out") ? Path.of(options.get("out")) : null;

        EmbeddedDatabase database = EmbeddedDatabase.start(data, true, 0);
        String url = database.jdbcUrl("homecare");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "postgres");
        properties.put("portal.cascade.enabled", false);
        properties.put("ui.enabled", false);
        properties.put("micronaut.server.port", -1);
        try (ApplicationContext context = ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .environments("demo")
                        .properties(properties)
                        .start();
                Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            Cascade cascade = context.getBean(Cascade.class);
            Instant now = context.getBean(java.time.Clock.class).instant().truncatedTo(ChronoUnit.MICROS);
            int lots = count(db, LOTS + " select count(*) from lots");
            System.out.printf("Seeding %,d background packages over %d lots with a primary and a secondary provider%n", background, lots);
            // windows still open: from a day to 3.5 days ahead, whatever repetition is running
            insertPackages(db, BACKGROUND_PREFIX, background, now.plus(1, ChronoUnit.DAYS), +60);
            vacuum(db);

            List<Double> tickMillis = new ArrayList<>();
            List<Double> baselineMillis = new ArrayList<>();
            for (int rep = 0; rep <= reps; rep++) { // rep 0 warms up the JVM, the pool and PostgreSQL's caches
                Instant at = now.plus(rep, ChronoUnit.MINUTES);

                reset(db, lapsed, at);
                double baseline = timed(() -> baseline(db, at));
                verify(db, lapsed, at, "baseline");

                reset(db, lapsed, at);
                Cascade.Moves[] moves = new Cascade.Moves[1];
                double tick = timed(() -> moves[0] = cascade.advanceLapsed(at));
                if (!moves[0].equals(new Cascade.Moves(lapsed, lapsed, lapsed))) {
                    throw new IllegalStateException("The tick moved " + moves[0] + ", not " + lapsed + " of each");
                }
                verify(db, lapsed, at, "tick");
                System.out.printf("%s tick %8.1f ms   baseline %8.1f ms   ratio %.2f%n",
                        rep == 0 ? "warm-up" : "rep " + rep + "  ", tick, baseline, tick / baseline);
                if (rep > 0) {
                    tickMillis.add(tick);
                    baselineMillis.add(baseline);
                }
            }
            String report = report(lapsed, background, lots, tickMillis, baselineMillis);
            System.out.println(report);
            if (out != null) {
                Files.writeString(out, report);
            }
        } finally {
            database.close();
        }
    }

    private static void insertPackages(Connection db, String prefix, int count, Instant now, int windowSecondsStep)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(INSERT_PACKAGES)) {
            var at = now.atOffset(ZoneOffset.UTC);
            insert.setString(1, prefix);
            insert.setObject(2, at);
            insert.setObject(3, at);
            insert.setInt(4, windowSecondsStep);
            insert.setObject(5, at);
            insert.setInt(6, count);
            int offers = insert.executeUpdate();
            if (offers != count) {
                throw new IllegalStateException("Seeded " + offers + " offers, not " + count);
            }
        }
    }

    /** Deletes the lapsed packages of the previous step, with their offers, and inserts them again, lapsed at {@code now}. */
    private static void reset(Connection db, int lapsed, Instant now) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("delete from offer o using care_package p where o.package_id = p.id and p.reference like '"
                    + LAPSED_PREFIX + "%'");
            statement.executeUpdate("delete from care_package where reference like '" + LAPSED_PREFIX + "%'");
        }
        insertPackages(db, LAPSED_PREFIX, lapsed, now, -1); // windows closed 1 s to 1 h before now
        vacuum(db);
    }

    private static void vacuum(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("vacuum analyze care_package, offer, audit_event");
            statement.execute("checkpoint");
        }
    }

    private static void baseline(Connection db, Instant now) throws SQLException {
        var at = now.atOffset(ZoneOffset.UTC);
        db.setAutoCommit(false);
        try {
            for (int i = 0; i < BASELINE.size(); i++) {
                try (PreparedStatement statement = db.prepareStatement(BASELINE.get(i))) {
                    for (int p = 1; p <= BASELINE_NOW_PARAMETERS[i]; p++) {
                        statement.setObject(p, at);
                    }
                    statement.executeUpdate();
                }
            }
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Both the tick and the baseline must have lapsed, moved, offered and audited every lapsed package. */
    private static void verify(Connection db, int lapsed, Instant now, String what) throws SQLException {
        String packages = "(select id from care_package where reference like '" + LAPSED_PREFIX + "%')";
        var checks = new LinkedHashMap<String, String>();
        checks.put("packages in SECONDARY", "select count(*) from care_package where reference like '" + LAPSED_PREFIX
                + "%' and status = 'SECONDARY' and stage_started_at = '" + now + "'");
        checks.put("PRIMARY offers lapsed", "select count(*) from offer where package_id in " + packages
                + " and stage = 'PRIMARY' and response = 'LAPSED'");
        checks.put("SECONDARY offers pending", "select count(*) from offer where package_id in " + packages
                + " and stage = 'SECONDARY' and response = 'PENDING'");
        checks.put("audit events", "select count(*) from audit_event where entity_id in " + packages
                + " and action = 'ENTERED_SECONDARY' and occurred_at = '" + now + "'");
        if (what.equals("tick")) { // the baseline writes no details
            checks.put("audit events naming the secondary provider", """
                    select count(*) from audit_event a
                      join care_package p on p.id = a.entity_id
                      join lot_provider lp on lp.lot_id = p.lot_id and lp.tier = 'SECONDARY'
                      join organisation org on org.id = lp.provider_id
                     where p.reference like '%s%%' and a.action = 'ENTERED_SECONDARY' and a.occurred_at = '%s'
                       and a.details ->> 'from' = 'PRIMARY' and a.details ->> 'offeredTo' = org.name""".formatted(LAPSED_PREFIX, now));
        }
        for (var check : checks.entrySet()) {
            int found = count(db, check.getValue());
            if (found != lapsed) {
                throw new IllegalStateException(what + ": " + check.getKey() + " = " + found + ", expected " + lapsed);
            }
        }
        int backgroundMoved = count(db, "select count(*) from care_package where reference like '" + BACKGROUND_PREFIX
                + "%' and status <> 'PRIMARY'");
        if (backgroundMoved != 0) {
            throw new IllegalStateException(what + " moved " + backgroundMoved + " packages whose window is still open");
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static String report(int lapsed, int background, int lots, List<Double> tick, List<Double> baseline) {
        double tickMedian = median(tick);
        double baselineMedian = median(baseline);
        double ratio = tickMedian / baselineMedian;
        boolean met = tickMedian < 2000;
        var md = new StringBuilder();
        md.append("## Cascade tick: ").append(String.format(Locale.ROOT, "%,d", lapsed)).append(" lapsed offers\n\n");
        md.append(String.format(Locale.ROOT,
                "One `Cascade.advanceLapsed(now)` call (its own transaction, through the application context's pool) over %,d"
                        + " packages whose PRIMARY window has closed, spread over %d lots with a secondary provider; %,d other"
                        + " packages wait in PRIMARY with open windows. Baseline: the same rows written by four plain statements"
                        + " in one transaction. %d repetitions after one warm-up, each from the same state.%n%n",
                lapsed, lots, background, tick.size()));
        md.append("| | median | min | max | runs (ms) |\n|---|---:|---:|---:|---|\n");
        md.append(row("tick", tick)).append(row("baseline (bare writes)", baseline));
        md.append(String.format(Locale.ROOT, "%n**tick / baseline = %.2f**; tick median %.0f ms against the 2,000 ms target: **%s**.%n",
                ratio, tickMedian, met ? "met" : "MISSED"));
        md.append(String.format(Locale.ROOT, "%nRESULT cascade_tick_ms=%.1f cascade_baseline_ms=%.1f cascade_ratio=%.3f%n",
                tickMedian, baselineMedian, ratio));
        return md.toString();
    }

    private static String row(String name, List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %s |%n", name, median(values), sorted.getFirst(),
                sorted.getLast(), String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList()));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Map<String, String> options(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
