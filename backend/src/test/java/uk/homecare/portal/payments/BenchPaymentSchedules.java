package uk.homecare.portal.payments;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.payments.PaymentRun;
import uk.homecare.portal.api.payments.PaymentRunForm;
import uk.homecare.portal.api.payments.PaymentScheduleForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.EmbeddedDatabase;

/**
 * Benchmark, not a test (Surefire never picks it up; run it with {@code bench/payments}). Seeds a council of Bradford's
 * size (99 providers; 35,000 hours a week of visit actuals over a 4-week period: 3,000 packages of four 25-minute visits a
 * day, some double-handed, some out of hours, a few missed), then times building all 99 providers' payment schedules for
 * the period ({@link ScheduleBuilding#buildAll}: one build, one statement for all their headers and lines) against a same-run
 * baseline: one aggregate query over the same rows (paid minutes × the rate in force, summed by provider).
 *
 * <p>Arguments: {@code --providers N} (99), {@code --packages N} (3000), {@code --reps N} (3), {@code --data DIR},
 * {@code --out FILE} (a Markdown section).
 */
public final class BenchPaymentSchedules {

    private static final String BASELINE = """
            select v.provider_id,
                   sum(case when v.missed then 0 else v.actual_minutes * least(v.carers_present, case when p.double_handed then 2 else 1 end)
                       end::bigint * r.hourly_rate_pence) / 60 as pence
              from visit_actual v
              join care_package p on p.id = v.package_id
              cross join lateral (select rt.hourly_rate_pence from rate rt
                                   where rt.council_id = v.council_id
                                     and rt.service_type = case when p.funding = 'NHS_CHC' then 'CHC' when p.out_of_hours then 'OUT_OF_HOURS'
                                                                else 'DOMICILIARY' end
                                     and rt.effective_from <= v.visit_date
                                   order by rt.effective_from desc limit 1) r
             where v.council_id = ? and v.visit_date between ? and ?
             group by v.provider_id""";

    private BenchPaymentSchedules() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int providers = Integer.parseInt(options.getOrDefault("providers", "99"));
        int packages = Integer.parseInt(options.getOrDefault("packages", "3000"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "3"));
        Path data = Path.of(options.getOrDefault("data", "bench/work/payments-postgres"));
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
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("demo")
                        .properties(properties).start();
                Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            ScheduleBuilding building = context.getBean(ScheduleBuilding.class);
            AcrossCouncils acrossCouncils = context.getBean(AcrossCouncils.class);
            LocalDate today = UkTime.today(context.getBean(java.time.Clock.class));
            LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6);
            LocalDate end = start.plusDays(PaymentScheduleForm.PERIOD_DAYS - 1L);
            UUID council = uuid(db, "select id from council where code = 'coventry'");
            UUID commissioner = uuid(db, "select id from app_user where username = 'commissioner@coventry.demo'");
            System.out.printf("Seeding %d providers, %,d packages and their visits of %s to %s%n", providers, packages, start, end);
            seed(db, council, providers, packages, start);
            long visits = count(db, "select count(*) from visit_actual where council_id = '" + council + "'");
            long minutes = count(db, "select sum(actual_minutes) from visit_actual where council_id = '" + council + "'");
            System.out.printf("%,d visits, %,d hours a week%n", visits, minutes / 60 / 4);
            List<UUID> providerIds = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select id from organisation where name like 'Bench Pay %' order by name")) {
                while (rows.next()) {
                    providerIds.add(rows.getObject(1, UUID.class));
                }
            }
            Actor actor = new Actor(commissioner, "commissioner@coventry.demo", Role.COMMISSIONER, council, null, Set.of(council));

            List<Double> buildMillis = new ArrayList<>();
            List<Double> baselineMillis = new ArrayList<>();
            for (int rep = 0; rep <= reps; rep++) {
                try (Statement s = db.createStatement()) {
                    s.execute("delete from payment_line");
                    s.execute("delete from payment_schedule");
                    s.execute("vacuum analyze");
                    s.execute("checkpoint");
                }
                long[] baselineTotal = {0};
                double baseline = timed(() -> {
                    try (PreparedStatement q = db.prepareStatement(BASELINE)) {
                        q.setObject(1, council);
                        q.setObject(2, start);
                        q.setObject(3, end);
                        try (ResultSet rows = q.executeQuery()) {
                            while (rows.next()) {
                                baselineTotal[0] += rows.getLong("pence");
                            }
                        }
                    }
                });
                double build = timed(() -> acrossCouncils.run("payments benchmark", () -> {
                    PaymentRun run = building.buildAll(actor, new PaymentRunForm(start));
                    if (run.built().size() != providerIds.size()) {
                        throw new IllegalStateException("Built " + run.built().size() + " schedules, not " + providerIds.size());
                    }
                }));
                long[] lines = {0};
                long[] total = {0};
                try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(
                        "select coalesce(sum(visits), 0), coalesce(sum(amount_pence), 0) from payment_line")) {
                    rows.next();
                    lines[0] = rows.getLong(1);
                    total[0] = rows.getLong(2);
                }
                if (lines[0] != visits) {
                    throw new IllegalStateException("The schedules' lines pay " + lines[0] + " visits, not " + visits);
                }
                if (Math.abs(total[0] - baselineTotal[0]) > visits) {
                    throw new IllegalStateException("The schedules come to " + total[0] + " pence, the baseline to " + baselineTotal[0]);
                }
                System.out.printf(Locale.ROOT, "%s build %8.1f ms   baseline %8.1f ms   ratio %.2f%n", rep == 0 ? "warm-up" : "rep " + rep + "  ",
                        build, baseline, build / baseline);
                if (rep > 0) {
                    buildMillis.add(build);
                    baselineMillis.add(baseline);
                }
            }
            if (options.containsKey("explain")) {
                explain(db, council, start, end);
            }
            String report = report(providers, packages, visits, minutes, buildMillis, baselineMillis);
            System.out.println(report);
            if (out != null) {
                Files.writeString(out, report);
            }
        } finally {
            database.close();
        }
    }

    private static void seed(Connection db, UUID council, int providers, int packages, LocalDate start) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("set portal.across_councils = 'on'");
        }
        execute(db, """
                with orgs as (
                    insert into organisation (kind, name, regulator, regulator_provider_id, address_line, postcode, contact_email)
                    select 'PROVIDER', 'Bench Pay ' || lpad(g::text, 3, '0'), 'CQC', '1-' || (700000000 + g), '1 Bench Street', 'CV1 1AA',
                           'office@bench.example'
                      from generate_series(1, ?) g
                    returning id
                )
                insert into organisation_council (organisation_id, council_id) select id, ? from orgs""", providers, council);
        execute(db, """
                with providers as (
                    select id, row_number() over (order by name) - 1 as i, count(*) over () as n
                      from organisation where name like 'Bench Pay %'
                )
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                                          postcode_district, status, round, awarded_provider_id)
                select ?, 'BENCH-PAY-' || g, (select id from person where council_id = ? order by id limit 1),
                       (select id from zone where council_id = ? order by code limit 1),
                       (select id from lot where council_id = ? order by id limit 1), 'COUNCIL', 700, 4, 25, 'MORNING', g % 10 = 0, g % 15 = 0,
                       ?::date - 60, 'Benchmark package', 'CV1', 'AWARDED', 1, p.id
                  from generate_series(0, ? - 1) g join providers p on p.i = g % p.n""",
                council, council, council, council, start, packages);
        execute(db, """
                insert into visit_actual (package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes, actual_start,
                                          actual_end, actual_minutes, carers_present, missed, variance_reason, source, recorded_by, recorded_at)
                select p.id, p.awarded_provider_id, ?::date + d, t.at, t.at + interval '25 minutes', 25,
                       case when m.missed then null else t.at end,
                       case when m.missed then null else t.at + make_interval(mins => 25 + m.delta) end,
                       case when m.missed then 0 else 25 + m.delta end,
                       case when m.missed then 0 when p.double_handed then 2 else 1 end, m.missed,
                       case when m.missed then 'OTHER' end, 'API', 'bench', ?::date + 30
                  from care_package p
                  cross join generate_series(0, 27) d
                  cross join (values (time '07:30'), (time '12:00'), (time '17:00'), (time '20:30')) t(at)
                  cross join lateral (select (hashtext(p.reference || d || t.at::text) & 255) = 0 as missed,
                                             (abs(hashtext(p.reference || t.at::text || d)) % 7) - 3 as delta) m
                 where p.reference like 'BENCH-PAY-%'""", start, start);
        try (Statement s = db.createStatement()) {
            s.execute("reset portal.across_councils");
            s.execute("vacuum analyze");
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    private static UUID uuid(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double timed(Work work) throws Exception {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    /** Prints the plan of building every provider's schedules, as run (then rolled back). */
    private static void explain(Connection db, UUID council, LocalDate start, LocalDate end) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("delete from payment_line");
            s.execute("delete from payment_schedule");
            s.execute("vacuum analyze");
        }
        try (PreparedStatement q = db.prepareStatement("explain (analyze, buffers) " + BASELINE)) {
            q.setObject(1, council);
            q.setObject(2, start);
            q.setObject(3, end);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    System.out.println("BASELINE PLAN " + rows.getString(1));
                }
            }
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("set local work_mem = '64MB'");
        }
        try (PreparedStatement q = db.prepareStatement("explain (analyze, buffers, settings) " + ScheduleBuilding.statement(true))) {
            Object[] parameters = ScheduleBuilding.parameters(council, start, null, "bench", java.time.Instant.parse("2026-01-01T00:00:00Z"));
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i] instanceof java.time.Instant at ? at.atOffset(java.time.ZoneOffset.UTC) : parameters[i]);
            }
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    System.out.println("PLAN " + rows.getString(1));
                }
            }
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String report(int providers, int packages, long visits, long minutes, List<Double> build, List<Double> baseline) {
        double buildMedian = median(build);
        double baselineMedian = median(baseline);
        double ratio = buildMedian / baselineMedian;
        var md = new StringBuilder();
        md.append("## Payment schedules: ").append(providers).append(" providers, one 4-week period\n\n");
        md.append(String.format(Locale.ROOT, "%,d packages, %,d visit actuals (%,d hours a week). Build: `ScheduleBuilding.buildAll`, the"
                + " council's action that builds every provider's schedule for the period (under AcrossCouncils, as no request sets the"
                + " council; one transaction: its lock, the SHARE lock on visit_actual, one statement inserting every header and line"
                + " (one line per package and rate plus one per exception visit, V34), an audit event per schedule, and the"
                + " schedules listed back). Baseline: one aggregate query over the same rows (paid minutes × the rate in"
                + " force, summed by provider). %d repetitions after one warm-up, each from no schedules.%n%n",
                packages, visits, minutes / 60 / 4, build.size()));
        md.append("| | median (ms) | runs (ms) |\n|---|---:|---|\n");
        md.append(String.format(Locale.ROOT, "| build all schedules | %.0f | %s |%n", buildMedian, runs(build)));
        md.append(String.format(Locale.ROOT, "| baseline (one aggregate) | %.0f | %s |%n", baselineMedian, runs(baseline)));
        md.append(String.format(Locale.ROOT, "%n**build / baseline = %.2f** against the target of 3: **%s**.%n", ratio, ratio <= 3 ? "met" : "MISSED"));
        md.append(String.format(Locale.ROOT, "%nRESULT payments_build_ms=%.1f payments_baseline_ms=%.1f payments_ratio=%.3f%n",
                buildMedian, baselineMedian, ratio));
        return md.toString();
    }

    private static String runs(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
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
