package uk.homecare.portal.demo;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * Equality monitoring in the demo (docs/equality.md): for Coventry and Bradford, 60 fictional people each with a package
 * published in the past year that ran its course (awarded after a while, some handed back, some never allocated and
 * cancelled; those awarded have since ended, so no provider's current work changes), most of them with consented
 * equality answers recorded by the council's demo commissioner. Bradford has rural zones, and its rural packages wait
 * longer: the report then shows something to look into. Written directly, as history, so the page has figures above the
 * small-number threshold in {@code ./portal run}. Not loaded by the tests (they build their own data).
 */
@Singleton
@Requires(property = "portal.demo-equality", value = "true")
final class DemoEquality {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEquality.class);
    private static final int PEOPLE = 60;
    private static final List<String> GIVEN = List.of("Alys", "Bilal", "Carys", "Dev", "Elin", "Farah", "Gwen", "Harjit", "Ifan",
            "Joyce", "Kwame", "Lowri", "Mohammed", "Nia", "Owen", "Priya", "Rhys", "Sian", "Tomasz", "Una");
    private static final List<String> FAMILY = List.of("Ashworth", "Begum", "Crowther", "Dhillon", "Evans", "Fairbairn", "Greenwood",
            "Hussain", "Ilyas", "Jowett", "Kaur", "Lister", "Mahmood", "Nowak", "Oyelaran", "Pickles", "Rashid", "Sutcliffe");

    private final Sql sql;
    private final Clock clock;
    private final AcrossCouncils acrossCouncils;

    DemoEquality(Sql sql, Clock clock, AcrossCouncils acrossCouncils) {
        this.sql = sql;
        this.clock = clock;
        this.acrossCouncils = acrossCouncils;
    }

    @EventListener
    void onDemoDataLoaded(DemoDataLoaded event) {
        acrossCouncils.run("demo activity: equality monitoring answers and a year of package history", () -> {
            int seeded = 0;
            for (String code : List.of("coventry", "bradford")) {
                var council = sql.one("select id from council where code = ?", row -> uuid(row, "id"), code);
                if (council.isPresent()) {
                    seed(council.get(), new Random(1800L + code.hashCode()));
                    seeded++;
                }
            }
            LOG.info("Demo equality monitoring: {} councils", seeded);
        });
    }

    private record Zone(UUID id, boolean rural, UUID lot, UUID provider) {}

    private void seed(UUID council, Random random) {
        UUID commissioner = sql.one("select id from app_user where council_id = ? and role = 'COMMISSIONER' order by username limit 1",
                row -> uuid(row, "id"), council).orElse(null);
        List<Zone> zones = sql.list("""
                select z.id, z.kind = 'RURAL' as rural, l.id as lot_id, lp.provider_id
                  from zone z
                  join lateral (select l.id from lot l where l.council_id = z.council_id and (l.zone_id = z.id or l.zone_id is null)
                                 order by (l.zone_id = z.id) desc nulls last, l.name limit 1) l on true
                  join lateral (select lp.provider_id from lot_provider lp where lp.lot_id = l.id order by lp.tier, lp.provider_id limit 1) lp on true
                 where z.council_id = ? and z.retired_on is null
                 order by z.code""",
                row -> new Zone(uuid(row, "id"), row.getBoolean("rural"), uuid(row, "lot_id"), uuid(row, "provider_id")), council);
        if (commissioner == null || zones.isEmpty()) {
            return;
        }
        LocalDate today = UkTime.today(clock);
        for (int i = 0; i < PEOPLE; i++) {
            UUID person = sql.one("""
                    insert into person (council_id, given_name, family_name, date_of_birth, postcode)
                    values (?, ?, ?, ?, ?) returning id""", row -> uuid(row, "id"), council,
                    GIVEN.get(random.nextInt(GIVEN.size())), FAMILY.get(random.nextInt(FAMILY.size())),
                    today.minusYears(60 + random.nextInt(35)).minusDays(random.nextInt(365)), null).orElseThrow();
            if (random.nextInt(100) < 80) {
                answers(council, person, commissioner, random, today);
            }
            Zone zone = zones.get(random.nextInt(zones.size()));
            carePackage(council, person, zone, random, today);
        }
    }

    private void answers(UUID council, UUID person, UUID commissioner, Random random, LocalDate today) {
        String json = "{" + String.join(", ", List.of(
                pair(random, "ageBand", "AGE_18_TO_64", 10, "AGE_65_TO_74", 25, "AGE_75_TO_84", 35, "AGE_85_AND_OVER", 25, "PREFER_NOT_TO_SAY", 5),
                pair(random, "sex", "FEMALE", 58, "MALE", 37, "PREFER_NOT_TO_SAY", 5),
                pair(random, "ethnicity", "WHITE", 68, "ASIAN", 16, "BLACK", 6, "MIXED", 4, "OTHER", 2, "PREFER_NOT_TO_SAY", 4),
                pair(random, "disability", "YES", 55, "NO", 35, "PREFER_NOT_TO_SAY", 10),
                pair(random, "religion", "CHRISTIAN", 45, "NO_RELIGION", 28, "MUSLIM", 12, "SIKH", 5, "HINDU", 3, "OTHER", 2,
                        "PREFER_NOT_TO_SAY", 5),
                pair(random, "sexualOrientation", "HETEROSEXUAL", 72, "GAY_OR_LESBIAN", 3, "BISEXUAL", 2, "OTHER", 1, "PREFER_NOT_TO_SAY", 22),
                pair(random, "welshSpeaker", "NO", 85, "YES", 5, "PREFER_NOT_TO_SAY", 10)).stream().filter(p -> !p.isEmpty()).toList()) + "}";
        sql.update("""
                insert into equality_profile (person_id, council_id, answers, consent_from, consented_on, recorded_by, recorded_at)
                values (?, ?, ?::jsonb, ?, ?, ?, ?)""", person, council, json, random.nextInt(10) < 8 ? "PERSON" : "REPRESENTATIVE",
                today.minusDays(random.nextInt(300) + 30), commissioner, Timestamp.from(clock.instant().minus(Duration.ofDays(20))));
    }

    /** {@code "key": "CODE"} with a code drawn by the weights given after each, or empty (not answered) one time in ten. */
    private static String pair(Random random, String key, Object... codesAndWeights) {
        if (random.nextInt(10) == 0) {
            return "";
        }
        int total = 0;
        for (int i = 1; i < codesAndWeights.length; i += 2) {
            total += (Integer) codesAndWeights[i];
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            draw -= (Integer) codesAndWeights[i + 1];
            if (draw < 0) {
                return "\"" + key + "\": \"" + codesAndWeights[i] + "\"";
            }
        }
        throw new IllegalStateException("weights");
    }

    private void carePackage(UUID council, UUID person, Zone zone, Random random, LocalDate today) {
        LocalDate day = today.minusDays(20 + random.nextInt(320));
        Instant published = day.atTime(LocalTime.of(9 + random.nextInt(7), 0)).atZone(UkTime.ZONE).toInstant();
        int outcome = random.nextInt(100);
        boolean unallocated = outcome < (zone.rural() ? 30 : 15);
        boolean handedBack = !unallocated && outcome > 88;
        int minutes = (int) Math.min(20_000, Math.round(Math.exp(4.5 + random.nextGaussian() * 1.3) * (zone.rural() ? 2.5 : 1)));
        Instant awarded = published.plus(Duration.ofMinutes(minutes));
        LocalDate start = day.plusDays(7);
        UUID id = sql.one("""
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                                          postcode_district, status, round, published_at, awarded_provider_id, awarded_at, ended_on, end_reason)
                values (?, ?, ?, ?, ?, 'COUNCIL', ?, 2, 30, 'MORNING', false, false, ?, 'Help with personal care and meals.', 'EQ1', ?, 1, ?,
                        ?, ?, ?, ?)
                returning id""", row -> uuid(row, "id"),
                council, "EQ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), person, zone.id(), zone.lot(),
                420 + 60 * random.nextInt(8), start, unallocated ? "CANCELLED" : "ENDED", Timestamp.from(published),
                unallocated ? null : zone.provider(), unallocated ? null : Timestamp.from(awarded),
                unallocated ? null : start.plusDays(28), unallocated ? null : "PERSON_REQUESTED").orElseThrow();
        history(council, id, "ENTERED_PRIMARY", published, "{\"from\": \"DRAFT\", \"round\": 1}");
        if (unallocated) {
            history(council, id, "ENTERED_UNALLOCATED", published.plus(Duration.ofDays(3)), "{\"from\": \"OPEN\", \"round\": 1}");
            history(council, id, "CANCELLED", published.plus(Duration.ofDays(10)), "{}");
            return;
        }
        history(council, id, "AWARDED", awarded, "{\"stage\": \"PRIMARY\", \"provider\": \"demo\"}");
        if (handedBack) {
            history(council, id, "HAND_BACK_GIVEN", awarded.plus(Duration.ofDays(14)), "{\"provider\": \"demo\"}");
        }
    }

    private void history(UUID council, UUID carePackage, String action, Instant at, String details) {
        sql.update("""
                insert into audit_event (occurred_at, council_id, actor_name, actor_role, action, entity_type, entity_id, details)
                values (?, ?, 'demo', 'SYSTEM', ?, 'care_package', ?, ?::jsonb)""", Timestamp.from(at), council, action, carePackage, details);
    }
}
