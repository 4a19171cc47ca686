package uk.homecare.portal.capacity;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.EmbeddedDatabase;

/**
 * Benchmark, not a test (its name matches no Surefire pattern; run it with {@code bench/market}). Loads
 * 150 councils of Bradford's size (8 zones, 40 providers each reporting for every zone every week for a
 * year, about 50 new packages a week for a year) and times the commissioner's market view,
 * {@link MarketAnalysis#market}, for councils picked at random: p50, p95 and p99 against the 200 ms
 * target. The same-run baseline is the floor of the work: one indexed aggregate over the council's
 * current reports, which every market view must at least read.
 *
 * <p>Arguments: {@code --councils N} (150), {@code --providers N} (40), {@code --zones N} (8),
 * {@code --weeks N} (52), {@code --packages-per-week N} (50), {@code --samples N} (300),
 * {@code --data DIR}, {@code --out FILE}.
 */
public final class BenchMarketView {

    private BenchMarketView() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int councils = Integer.parseInt(options.getOrDefault("councils", "150"));
        int providers = Integer.parseInt(options.getOrDefault("providers", "40"));
        int zones = Integer.parseInt(options.getOrDefault("zones", "8"));
        int weeks = Integer.parseInt(options.getOrDefault("weeks", "52"));
        int perWeek = Integer.parseInt(options.getOrDefault("packages-per-week", "50"));
        int samples = Integer.parseInt(options.getOrDefault("samples", "300"));
        Path data = Path.of(options.getOrDefault("data", "bench/work/market-postgres"));
        Path out = options.containsKey("out") ? Path.of(options.get("out")) : null;

        EmbeddedDatabase database = EmbeddedDatabase.start(data, true, 0);
        String url = database.jdbcUrl("homecare");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "postgres");
        properties.put("portal.cascade.enabled", false);
        properties.put("portal.hours-bank.enabled", false);
        properties.put("portal.notifications.enabled", false);
        properties.put("portal.webhooks.enabled", false);
        properties.put("portal.demo-activity", false);
        properties.put("ui.enabled", false);
        properties.put("micronaut.server.port", -1);
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("demo")
                        .properties(properties).start();
                Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            MarketAnalysis market = context.getBean(MarketAnalysis.class);
            long started = System.nanoTime();
            seed(db, councils, providers, zones, weeks, perWeek);
            double seedSeconds = (System.nanoTime() - started) / 1e9;
            long reports = count(db, "select count(*) from capacity_report");
            long packages = count(db, "select count(*) from care_package");
            System.out.printf("Seeded %,d capacity reports and %,d packages in %.0f s%n", reports, packages, seedSeconds);

            List<UUID> ids = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select id from council where code like 'bench-%'")) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            Random random = new Random(42);
            List<Double> view = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            try (PreparedStatement baseline = db.prepareStatement("""
                    select zone_id, sum(daytime_minutes + out_of_hours_minutes), count(*) from capacity_report
                     where council_id = ? and reported_at >= now() - interval '7 days' group by zone_id""")) {
                for (int i = -30; i < samples; i++) { // 30 warm-ups
                    UUID council = ids.get(random.nextInt(ids.size()));
                    Actor commissioner = new Actor(UUID.randomUUID(), "bench", Role.COMMISSIONER, council, null, Set.of(council));
                    long t0 = System.nanoTime();
                    var result = market.market(commissioner);
                    double viewMs = (System.nanoTime() - t0) / 1e6;
                    if (result.zones().size() != zones || result.zones().getFirst().trend().size() != MarketAnalysis.TREND_WEEKS
                            || result.zones().getFirst().providersReporting() != providers) {
                        throw new IllegalStateException("The market view did not see the seeded council: " + result.zones().getFirst());
                    }
                    long t1 = System.nanoTime();
                    baseline.setObject(1, council);
                    try (ResultSet rows = baseline.executeQuery()) {
                        while (rows.next()) {
                            rows.getLong(2);
                        }
                    }
                    double floorMs = (System.nanoTime() - t1) / 1e6;
                    if (i >= 0) {
                        view.add(viewMs);
                        floor.add(floorMs);
                    }
                }
            }
            String report = report(councils, providers, zones, weeks, reports, packages, samples, view, floor);
            System.out.println(report);
            if (out != null) {
                Files.writeString(out, report);
            }
        } finally {
            database.close();
        }
    }

    /** Everything set-based: councils, zones, a framework and a lot per zone, providers, a year of reports and packages. */
    private static void seed(Connection db, int councils, int providers, int zones, int weeks, int perWeek) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("delete from capacity_report where council_id in (select id from council where code like 'bench-%')");
            s.execute("select count(*) from council where code like 'bench-%'");
            try (ResultSet rows = s.executeQuery("select count(*) from council where code like 'bench-%'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    db.rollback();
                    throw new IllegalStateException("bench/work/market-postgres already holds bench councils: remove it first");
                }
            }
            s.execute("insert into council (code, name, nation) select 'bench-' || c, 'Bench council ' || c, 'ENGLAND' from generate_series(1, "
                    + councils + ") c");
            s.execute("""
                    insert into zone (council_id, code, name, kind)
                    select c.id, 'Z' || z, 'Zone ' || z, 'URBAN' from council c cross join generate_series(1, %d) z
                     where c.code like 'bench-%%'""".formatted(zones));
            s.execute("""
                    insert into framework (council_id, name, starts_on, initial_term_months)
                    select id, 'Bench framework', date '2024-01-01', 60 from council where code like 'bench-%'""");
            s.execute("""
                    insert into lot (council_id, framework_id, name, kind, zone_id, service_category)
                    select z.council_id, f.id, 'Lot ' || z.code, 'ZONE', z.id, 'GENERAL'
                      from zone z join framework f on f.council_id = z.council_id join council c on c.id = z.council_id
                     where c.code like 'bench-%'""");
            s.execute("""
                    insert into person (council_id, given_name, family_name, postcode)
                    select id, 'Bench', 'Person', 'BD1 1AA' from council where code like 'bench-%'""");
            s.execute("""
                    insert into organisation (kind, name, regulator, regulator_provider_id)
                    select 'PROVIDER', c.code || ' provider ' || p, 'CQC', 'bench-' || c.code || '-' || p
                      from council c cross join generate_series(1, %d) p where c.code like 'bench-%%'""".formatted(providers));
            s.execute("""
                    insert into organisation_council (organisation_id, council_id, since)
                    select o.id, c.id, date '2024-01-01' from organisation o
                      join council c on o.regulator_provider_id like 'bench-' || c.code || '-%' where c.code like 'bench-%'""");
            s.execute("""
                    insert into capacity_report (provider_id, council_id, zone_id, week_starts, daytime_minutes, out_of_hours_minutes,
                                                 double_handed, staff, non_driving_staff, reported_at)
                    select oc.organisation_id, oc.council_id, z.id, w::date, 600 + (abs(hashtext(oc.organisation_id::text || w::text)) %% 3000),
                           abs(hashtext(z.id::text || w::text)) %% 600, true, 10, 2, w + interval '1 day'
                      from organisation_council oc
                      join council c on c.id = oc.council_id and c.code like 'bench-%%'
                      join zone z on z.council_id = oc.council_id
                     cross join generate_series(date_trunc('week', now())::date - 7 * (%d - 1), date_trunc('week', now())::date, interval '7 days') w
                    """.formatted(weeks));
            s.execute("""
                    insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                              visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                                              postcode_district, status, round, published_at, awarded_provider_id, awarded_at)
                    select l.council_id, 'BENCH-' || l.id || '-' || g, pe.id, l.zone_id, l.id, 'COUNCIL', 300 + (g %% 10) * 60, 2, 45,
                           'MORNING', false, false, current_date - 365 + g * 365 / %1$d + 14, 'Bench', 'BD1',
                           case when g > %1$d - %2$d then (array['PRIMARY','SECONDARY','OPEN','UNALLOCATED'])[1 + g %% 4] else 'AWARDED' end, 1,
                           now() - make_interval(days => 365 - g * 365 / %1$d),
                           case when g > %1$d - %2$d then null else (select oc.organisation_id from organisation_council oc
                                                                     where oc.council_id = l.council_id limit 1) end,
                           case when g > %1$d - %2$d then null else now() end
                      from lot l
                      join council c on c.id = l.council_id and c.code like 'bench-%%'
                      join person pe on pe.council_id = l.council_id
                     cross join generate_series(1, %1$d) g
                    """.formatted(perWeek * 52 / Math.max(1, zones), perWeek / Math.max(1, zones)));
            db.commit();
            db.setAutoCommit(true);
            s.execute("vacuum analyze");
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static String report(int councils, int providers, int zones, int weeks, long reports, long packages, int samples,
            List<Double> view, List<Double> floor) {
        double p95 = percentile(view, 0.95);
        return """
                ## Market view at national scale (target: p95 under 200 ms)

                %d councils of Bradford's size: %d zones, %d providers reporting for every zone every week for %d weeks
                (%,d capacity reports), and %,d packages. %d market views of councils picked at random, after 30 warm-ups.

                | | p50 | p95 | p99 | max |
                |---|---:|---:|---:|---:|
                | market view (`MarketAnalysis.market`) | %.1f ms | %.1f ms | %.1f ms | %.1f ms |
                | baseline: one aggregate over the council's current reports | %.1f ms | %.1f ms | %.1f ms | %.1f ms |

                p95 ratio view / baseline: %.1f. Target p95 < 200 ms: %s.
                """.formatted(councils, zones, providers, weeks, reports, packages, samples,
                percentile(view, 0.5), p95, percentile(view, 0.99), Collections.max(view),
                percentile(floor, 0.5), percentile(floor, 0.95), percentile(floor, 0.99), Collections.max(floor),
                p95 / percentile(floor, 0.95), p95 < 200 ? "met" : "MISSED");
    }
}
