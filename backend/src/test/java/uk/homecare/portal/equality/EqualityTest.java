package uk.homecare.portal.equality;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.equality.ConsentFrom;
import uk.homecare.portal.api.equality.EqualityAction;
import uk.homecare.portal.api.equality.EqualityAnswers;
import uk.homecare.portal.api.equality.EqualityDimension;
import uk.homecare.portal.api.equality.EqualityForm;
import uk.homecare.portal.api.equality.EqualityProfile;
import uk.homecare.portal.api.equality.EqualityReport;
import uk.homecare.portal.api.equality.EqualityRow;
import uk.homecare.portal.api.equality.EqualityTable;
import uk.homecare.portal.api.equality.Figure;
import uk.homecare.portal.api.equality.Suppression;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.Race;

/**
 * Equality monitoring over HTTP on a council of the test's own, built underneath the application so that every figure can
 * be counted by hand (in the comments beside them): consent, withdrawal, the report with its suppression, the audit of
 * every view, and that only the council's commissioners see any of it.
 */
@MicronautTest
class EqualityTest extends PortalTest {

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final EqualityAnswers FEMALE = new EqualityAnswers(null, EqualityAnswers.Sex.FEMALE, null, null, null, null, null);
    private static final EqualityAnswers MALE = new EqualityAnswers(null, EqualityAnswers.Sex.MALE, null, null, null, null, null);

    /** A council of the test's own: an urban and a rural zone with a lot each, a provider, and its staff. */
    private final class Council {
        final UUID id;
        final String commissioner;
        final String admin;
        final String providerUser;
        final UUID urban;
        final UUID rural;
        final UUID urbanLot;
        final UUID ruralLot;
        final UUID provider;

        Council() {
            int number = NUMBER.incrementAndGet();
            id = id("insert into council (code, name, nation) values (?, ?, 'WALES') returning id", "eq-" + number, "Equality Council " + number);
            UUID organisation = id("insert into organisation (kind, name, council_id) values ('COUNCIL', ?, ?) returning id",
                    "Equality Council " + number, id);
            commissioner = "commissioner@eq-" + number + ".test";
            admin = "admin@eq-" + number + ".test";
            providerUser = "provider@eq-" + number + ".test";
            user(commissioner, "COMMISSIONER", id, organisation);
            user(admin, "ADMIN", id, organisation);
            urban = id("insert into zone (council_id, code, name, kind) values (?, 'U', 'Town', 'URBAN') returning id", id);
            rural = id("insert into zone (council_id, code, name, kind) values (?, 'R', 'Valleys', 'RURAL') returning id", id);
            UUID framework = id("""
                    insert into framework (council_id, name, starts_on, initial_term_months) values (?, 'Equality framework', ?, 48)
                    returning id""", id, clock.today().minusYears(1));
            urbanLot = lot(framework, "Town lot", urban);
            ruralLot = lot(framework, "Valleys lot", rural);
            provider = id("""
                    insert into organisation (kind, name, regulator, regulator_provider_id, address_line, postcode, contact_email)
                    values ('PROVIDER', ?, 'CIW', ?, '1 Equal Street', 'CF31 1AA', 'office@eq.example') returning id""",
                    "Equal Care " + number, "SIN-00" + (800000 + number));
            execute("insert into organisation_council (organisation_id, council_id, since) values (?, ?, ?)", provider, id,
                    clock.today().minusYears(1));
            user(providerUser, "PROVIDER", null, provider);
        }

        private void user(String username, String role, UUID council, UUID organisation) {
            execute("""
                    insert into app_user (username, display_name, password_hash, role, council_id, organisation_id)
                    select ?::text, ?::text, password_hash, ?::text, ?::uuid, ?::uuid from app_user where username = 'commissioner@coventry.demo'""",
                    username, "Staff " + username, role, council, organisation);
        }

        private UUID lot(UUID framework, String name, UUID zone) {
            return id("""
                    insert into lot (council_id, framework_id, name, kind, zone_id, service_category) values (?, ?, ?, 'ZONE', ?, 'OLDER_PEOPLE')
                    returning id""", id, framework, name, zone);
        }

        UUID person(String name) {
            return id("insert into person (council_id, given_name, family_name, postcode) values (?, ?, 'Equal', 'CF31 1AA') returning id",
                    id, name);
        }

        /** A package of the person published at {@code published}: awarded {@code minutes} later (null: not), or UNALLOCATED. */
        UUID carePackage(UUID person, boolean rural, Instant published, Integer minutes, boolean unallocated) {
            String status = minutes != null ? "AWARDED" : unallocated ? "UNALLOCATED" : "OPEN";
            UUID p = id("""
                    insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                                              visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                                              postcode_district, status, round, published_at, awarded_provider_id, awarded_at)
                    values (?, ?, ?, ?, ?, 'COUNCIL', 420, 2, 30, 'MORNING', false, false, ?, 'Help with meals', 'CF31', ?, 1, ?, ?, ?)
                    returning id""",
                    id, "EQ-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase(), person, rural ? this.rural : urban,
                    rural ? ruralLot : urbanLot, clock.today().plusDays(7), status, at(published),
                    minutes == null ? null : provider, minutes == null ? null : at(published.plusSeconds(60L * minutes)));
            history(p, "ENTERED_PRIMARY", published);
            if (minutes != null) {
                history(p, "AWARDED", published.plusSeconds(60L * minutes));
            }
            if (unallocated) {
                history(p, "ENTERED_UNALLOCATED", published.plusSeconds(3_600));
            }
            return p;
        }

        void history(UUID carePackage, String action, Instant when) {
            execute("""
                    insert into audit_event (occurred_at, council_id, actor_name, actor_role, action, entity_type, entity_id, details)
                    values (?, ?, 'test', 'SYSTEM', ?, 'care_package', ?, '{"from": "DRAFT", "stage": "PRIMARY"}'::jsonb)""",
                    at(when), id, action, carePackage);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Instant uk(LocalDate day, int hour) {
        return MovableClock.at(day, LocalTime.of(hour, 0));
    }

    private EqualityProfile record(String user, UUID person, EqualityAnswers answers, int version) {
        return api().retrieve(api().as(user, PUT("/api/people/" + person + "/equality",
                new EqualityForm(true, ConsentFrom.PERSON, answers, version))), EqualityProfile.class);
    }

    private EqualityReport report(String user, LocalDate from, LocalDate to) {
        return api().retrieve(api().as(user, GET("/api/equality?from=" + from + "&to=" + to)), EqualityReport.class);
    }

    private static EqualityTable table(EqualityReport report, EqualityDimension by) {
        return report.tables().stream().filter(table -> table.by() == by).findFirst().orElseThrow();
    }

    private static EqualityRow row(EqualityReport report, EqualityDimension by, String group) {
        return table(report, by).rows().stream().filter(row -> row.group().equals(group)).findFirst().orElseThrow();
    }

    /** A row's figures as the page and the CSV write them: people, packages, awarded, median, unallocated, %, handed back. */
    private static List<String> shown(EqualityRow row) {
        return List.of(row.people(), row.packages(), row.awarded(), row.medianMinutesToAward(), row.unallocated(), row.unallocatedPercent(),
                row.handedBack()).stream().map(EqualityCsv::text).toList();
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return api().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /**
     * Sixteen packages published on D (a Monday two weeks ago) at 09:00, each of its own person, in the week [D, D + 7):
     * F1–F6 FEMALE, urban: F1–F5 awarded after 60, 120, 180, 240, 300 minutes (F1 handed back later), F6 unallocated;
     * M1–M6 MALE, M1–M3 rural: M1–M4 awarded after 30, 90, 150, 210, M5 and M6 unallocated; X1 PREFER_NOT_TO_SAY, urban,
     * unallocated; U1 and U2 with no answers, urban: U1 awarded after 1,000, U2 unallocated; W1 urban, recorded FEMALE then
     * withdrawn (so UNKNOWN), awarded after 500 and handed back. Outside the cohort: a package published on D − 1 and one on
     * D + 7, both of F1.
     */
    @Test
    void the_report_counts_by_hand_suppresses_small_numbers_with_secondary_suppression_and_compares_with_the_population() {
        LocalDate d = clock.monday().minusWeeks(2);
        Council c = new Council();
        Instant published = uk(d, 9);
        UUID[] women = new UUID[6];
        int[] womenMinutes = {60, 120, 180, 240, 300};
        for (int i = 0; i < 6; i++) {
            women[i] = c.person("F" + (i + 1));
            record(c.commissioner, women[i], FEMALE, 0);
            UUID p = c.carePackage(women[i], false, published, i < 5 ? womenMinutes[i] : null, i == 5);
            if (i == 0) {
                c.history(p, "HAND_BACK_GIVEN", uk(d.plusDays(3), 9));
            }
        }
        int[] menMinutes = {30, 90, 150, 210};
        for (int i = 0; i < 6; i++) {
            UUID man = c.person("M" + (i + 1));
            record(c.commissioner, man, MALE, 0);
            c.carePackage(man, i < 3, published, i < 4 ? menMinutes[i] : null, i >= 4);
        }
        UUID x1 = c.person("X1");
        record(c.commissioner, x1, new EqualityAnswers(null, EqualityAnswers.Sex.PREFER_NOT_TO_SAY, null, null, null, null, null), 0);
        c.carePackage(x1, false, published, null, true);
        c.carePackage(c.person("U1"), false, published, 1000, false);
        c.carePackage(c.person("U2"), false, published, null, true);
        UUID w1 = c.person("W1");
        record(c.commissioner, w1, FEMALE, 0);
        api().retrieve(api().as(c.commissioner, POST("/api/people/" + w1 + "/equality/withdraw", "")), EqualityProfile.class);
        UUID w1Package = c.carePackage(w1, false, published, 500, false);
        c.history(w1Package, "HAND_BACK_GIVEN", uk(d.plusDays(4), 9));
        c.carePackage(women[0], false, uk(d.minusDays(1), 9), 60, false);
        c.carePackage(women[0], false, uk(d.plusDays(7), 9), 60, false);

        EqualityReport report = report(c.commissioner, d, d.plusDays(7));

        assertThat(report.council().id()).isEqualTo(c.id);
        assertThat(report.policy()).isEqualTo("UNDER_5_WITH_SECONDARY");
        // 16 people and packages; 11 awarded: 30, 60, 90, 120, 150, 180, 210, 240, 300, 500, 1,000, the median the 6th = 180;
        // handed back F1 and W1 = 2, under 5. Unallocated F6, M5, M6, X1, U2 = 5 (31%), but withheld: by age band (nobody gave
        // one) the column is 0, 0, 0, 0, 0 and UNKNOWN 5, shown "<5" x 5 and "*"; a "*" is at least 5, so with the total 5
        // every one of them could be worked out; so the total is withheld, and its rate with it
        assertThat(shown(report.population())).containsExactly("16", "16", "11", "180", "*", "*", "<5");
        assertThat(report.population().unallocated()).isEqualTo(Figure.suppressed(Suppression.SECONDARY));
        assertThat(table(report, EqualityDimension.SEX).rows()).extracting(EqualityRow::group)
                .containsExactly("FEMALE", "MALE", "PREFER_NOT_TO_SAY", "UNKNOWN");
        // FEMALE: 6 people, 6 packages, 5 awarded (60 to 300, the median the 3rd = 180); 1 unallocated (<5, so its rate too)
        assertThat(shown(row(report, EqualityDimension.SEX, "FEMALE"))).containsExactly("6", "6", "5", "180", "<5", "*", "<5");
        // MALE: 4 awarded (<5: the median of them is withheld); 2 unallocated
        assertThat(shown(row(report, EqualityDimension.SEX, "MALE"))).containsExactly("6", "6", "<5", "*", "<5", "*", "<5");
        // packages 6, 6, 1, 3: the 1 and the 3 protect each other (16 − 6 − 6 = 4 = "<5" + "<5" in five ways)
        assertThat(shown(row(report, EqualityDimension.SEX, "PREFER_NOT_TO_SAY"))).containsExactly("<5", "<5", "<5", "*", "<5", "*", "<5");
        assertThat(shown(row(report, EqualityDimension.SEX, "UNKNOWN"))).as("U1, U2 and the withdrawn W1")
                .containsExactly("<5", "<5", "<5", "*", "<5", "*", "<5");
        // urban 13, rural 3: the rural 3 is under 5, and 16 − 13 would give it away, so the 13 is withheld too
        assertThat(row(report, EqualityDimension.URBAN_RURAL, "URBAN").packages()).isEqualTo(Figure.suppressed(Suppression.SECONDARY));
        assertThat(row(report, EqualityDimension.URBAN_RURAL, "RURAL").packages()).isEqualTo(Figure.suppressed(Suppression.SMALL));
        // nobody gave an age band: four bands of 0 and prefer-not-to-say 0 are under 5, and the UNKNOWN 16 is withheld with them
        assertThat(table(report, EqualityDimension.AGE_BAND).rows()).extracting(row -> EqualityCsv.text(row.packages()))
                .containsExactly("<5", "<5", "<5", "<5", "<5", "*");
        assertThat(report.tables()).extracting(EqualityTable::by).containsExactly(EqualityDimension.values());
        for (EqualityTable table : report.tables()) {
            for (EqualityRow row : table.rows()) {
                for (Figure figure : List.of(row.people(), row.packages(), row.awarded(), row.unallocated(), row.handedBack())) {
                    if (figure.value() != null) {
                        assertThat(figure.value()).as(table.by() + " " + row.group() + ": a count shown is 5 or more").isGreaterThanOrEqualTo(5);
                    }
                }
            }
        }

        String csv = api().retrieve(api().as(c.commissioner, GET("/api/equality.csv?from=" + d + "&to=" + d.plusDays(7)).accept("text/csv")),
                String.class);
        assertThat(csv.lines()).contains("\"ALL\",\"ALL\",\"16\",\"16\",\"11\",\"180\",\"*\",\"*\",\"<5\"",
                "\"SEX\",\"FEMALE\",\"6\",\"6\",\"5\",\"180\",\"<5\",\"*\",\"<5\"", "\"URBAN_RURAL\",\"URBAN\",\"*\",\"*\",\"*\",\"*\",\"*\",\"*\",\"<5\"");
        assertThat(number("select count(*) from audit_event where council_id = ? and action = 'EQUALITY_REPORT_VIEWED'", c.id))
                .as("each view, the JSON and the CSV, is audited").isEqualTo(2);
        assertThat(number("""
                select count(*) from audit_event where council_id = ? and action = 'EQUALITY_REPORT_VIEWED' and details ->> 'format' = 'CSV'
                   and details ->> 'from' = ?""", c.id, d.toString())).isEqualTo(1);
    }

    @Test
    void answers_are_recorded_only_with_consent_changed_against_the_version_loaded_and_erased_when_consent_is_withdrawn() {
        Council c = new Council();
        UUID person = c.person("Ceri");
        EqualityProfile none = api().retrieve(api().as(c.commissioner, GET("/api/people/" + person + "/equality")), EqualityProfile.class);
        assertThat(none.recorded()).isFalse();
        assertThat(none.answers()).isEqualTo(EqualityAnswers.none());
        assertThat(none.actions()).containsExactly(EqualityAction.RECORD);

        var refusal = api().refusal(api().as(c.commissioner, PUT("/api/people/" + person + "/equality",
                new EqualityForm(false, ConsentFrom.PERSON, FEMALE, 0))));
        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).extracting("field").containsExactly("consentGiven");
        assertThat(number("select count(*) from equality_profile where person_id = ?", person)).as("nothing recorded").isZero();
        assertThat(status(api().as(c.commissioner, PUT("/api/people/" + person + "/equality",
                "{\"consentGiven\": true, \"consentFrom\": \"PERSON\", \"answers\": {\"sex\": \"SOMETIMES\"}, \"version\": 0}"))))
                .as("an answer that is not one of the question's").isEqualTo(400);

        var welsh = new EqualityAnswers(EqualityAnswers.AgeBand.AGE_85_AND_OVER, EqualityAnswers.Sex.PREFER_NOT_TO_SAY, null,
                EqualityAnswers.YesNo.YES, null, null, EqualityAnswers.YesNo.YES);
        EqualityProfile recorded = api().retrieve(api().as(c.commissioner, PUT("/api/people/" + person + "/equality",
                new EqualityForm(true, ConsentFrom.REPRESENTATIVE, welsh, 0))), EqualityProfile.class);
        assertThat(recorded.recorded()).isTrue();
        assertThat(recorded.answers()).isEqualTo(welsh);
        assertThat(recorded.consentFrom()).isEqualTo(ConsentFrom.REPRESENTATIVE);
        assertThat(recorded.consentedOn()).isEqualTo(clock.today());
        assertThat(recorded.recordedBy().name()).isEqualTo("Staff " + c.commissioner);
        assertThat(recorded.version()).isEqualTo(1);
        assertThat(recorded.actions()).containsExactly(EqualityAction.RECORD, EqualityAction.WITHDRAW);
        assertThat(number("""
                select count(*) from audit_event where entity_id = ? and action = 'EQUALITY_RECORDED'
                   and details -> 'answered' = '["ageBand", "sex", "disability", "welshSpeaker"]'::jsonb and details::text not like '%AGE_85%'""",
                person)).as("audited with the questions answered, never the answers").isEqualTo(1);

        assertThat(status(api().as(c.commissioner, PUT("/api/people/" + person + "/equality",
                new EqualityForm(true, ConsentFrom.PERSON, FEMALE, 0))))).as("a stale version").isEqualTo(409);
        assertThat(record(c.commissioner, person, FEMALE, 1).answers()).isEqualTo(FEMALE);

        EqualityProfile withdrawn = api().retrieve(api().as(c.commissioner, POST("/api/people/" + person + "/equality/withdraw", "")),
                EqualityProfile.class);
        assertThat(withdrawn.recorded()).isFalse();
        assertThat(withdrawn.answers()).isEqualTo(EqualityAnswers.none());
        assertThat(number("select count(*) from equality_profile where person_id = ?", person)).as("erased, not kept").isZero();
        assertThat(number("select count(*) from audit_event where entity_id = ? and action = 'EQUALITY_WITHDRAWN'", person)).isEqualTo(1);
        assertThat(status(api().as(c.commissioner, POST("/api/people/" + person + "/equality/withdraw", ""))))
                .as("nothing left to withdraw").isEqualTo(409);
        assertThat(record(c.commissioner, person, MALE, 0).version()).as("recorded afresh, with consent again").isEqualTo(1);
    }

    @Test
    void two_commissioners_recording_from_the_same_version_at_once_one_wins_and_the_other_is_told_it_changed() throws Exception {
        Council c = new Council();
        UUID person = c.person("Race");
        List<Integer> statuses = Race.of(2, i -> Race.status(() -> record(c.commissioner, person, i == 0 ? FEMALE : MALE, 0)));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(number("select version from equality_profile where person_id = ?", person)).isEqualTo(1);
    }

    @Test
    void only_the_councils_commissioners_see_or_record_answers_and_the_report_and_another_council_sees_nothing_of_them() {
        LocalDate d = clock.monday().minusWeeks(1);
        Council c = new Council();
        Council other = new Council();
        UUID person = c.person("Private");
        record(c.commissioner, person, FEMALE, 0);
        for (int i = 0; i < 6; i++) {
            c.carePackage(c.person("P" + i), false, uk(d, 10), 60, false);
        }
        String body = "{\"consentGiven\": true, \"consentFrom\": \"PERSON\", \"answers\": {}, \"version\": 1}";
        List<Supplier<MutableHttpRequest<?>>> calls = List.of(() -> GET("/api/people/" + person + "/equality"),
                () -> PUT("/api/people/" + person + "/equality", body), () -> POST("/api/people/" + person + "/equality/withdraw", ""),
                () -> GET("/api/equality"), () -> GET("/api/equality.csv").accept("text/csv"));
        for (Supplier<MutableHttpRequest<?>> call : calls) {
            String path = call.get().getPath();
            assertThat(status(api().as(c.providerUser, call.get()))).as("its provider, " + path).isEqualTo(403);
            assertThat(status(api().as("provider@coventry.demo", call.get()))).as("another provider, " + path).isEqualTo(403);
            assertThat(status(api().as(c.admin, call.get()))).as("its administrator, " + path).isEqualTo(403);
            assertThat(status(call.get())).as("anyone, " + path).isEqualTo(401);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(status(api().as(other.commissioner, calls.get(i).get()))).as("another council's commissioner, " + i).isEqualTo(404);
        }
        assertThat(number("select version from equality_profile where person_id = ?", person)).as("unchanged").isEqualTo(1);

        EqualityReport theirs = report(other.commissioner, d, d.plusDays(7));
        assertThat(theirs.council().id()).isEqualTo(other.id);
        assertThat(theirs.population().packages()).as("none of the first council's 6").isEqualTo(Figure.suppressed(Suppression.SMALL));
        EqualityReport ours = report(c.commissioner, d, d.plusDays(7));
        assertThat(ours.population().packages()).isEqualTo(Figure.shown(6));
        assertThat(number("select count(*) from audit_event where council_id = ? and action = 'EQUALITY_REPORT_VIEWED'", other.id)).isEqualTo(1);
        assertThat(Api.problemOf(api().refusal(api().as(c.commissioner, GET("/api/equality?from=" + d + "&to=" + d)))).errors())
                .extracting("field").containsExactly("to");
    }
}
