package uk.homecare.portal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.visits.RefusedRow;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitSource;

@MicronautTest(transactional = false)
class EcmImportTest extends VisitsTest {

    /** The documented sample (docs/ecm-import.md) for two new packages, its visits yesterday: UTF-8 BOM, CRLF, quoted commas. */
    String sample(Held first, Held second) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ecm/sample.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF").contains("\r\n");
            return text.replace("BRI-2026-0001", first.reference()).replace("BRI-2026-0002", second.reference())
                    .replace("2026-12-05", clock.today().minusDays(1).toString());
        }
    }

    @Test
    void a_good_file_imports_every_visit_at_once() throws Exception {
        Held first = heldPackage();
        Held second = heldPackage();

        Answer answer = send(upload(PROVIDER, sample(first, second)));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.report().imported()).isTrue();
        assertThat(answer.report().rowsRead()).isEqualTo(5);
        assertThat(answer.report().rowsImported()).isEqualTo(5);
        assertThat(answer.report().refusedRows()).isEmpty();
        List<Visit> visits = visits(PROVIDER, first.id());
        assertThat(visits).hasSize(3).allSatisfy(v -> {
            assertThat(v.source()).isEqualTo(VisitSource.ECM);
            assertThat(v.importId()).isEqualTo(answer.report().importId());
        });
        assertThat(visits).anySatisfy(v -> assertThat(v.varianceNote()).isEqualTo("Road closed, diverted via the \"old\" bridge"));
        assertThat(visits).filteredOn(Visit::missed).singleElement().satisfies(v -> assertThat(v.actualMinutes()).isZero());
        assertThat(visits(COMMISSIONER, second.id())).hasSize(2);
        assertThat(number("select count(*) from audit_event where action = 'VISITS_IMPORTED' and entity_id = ?",
                answer.report().importId())).isOne();
    }

    @Test
    void a_partly_bad_file_imports_nothing_and_reports_every_refused_row_and_why() throws Exception {
        Held first = heldPackage();
        Held second = heldPackage();
        String day = clock.today().minusDays(1).toString();
        String file = sample(first, second)
                + first.reference() + "," + day + ",09:00,09:30,09:00,09:30,x,N,,,\r\n"                    // line 7
                + first.reference() + ",05/12/2026,09:00,09:30,09:00,09:30,1,N,,,\r\n"                    // line 8
                + first.reference() + "," + day + ",10:00,10:30,10:00,10:30,0,Y,PERSON_DECLINED,,\r\n"   // line 9
                + "NOT-OURS-1," + day + ",10:00,10:30,10:00,10:30,1,N,,,\r\n"                              // line 10
                + first.reference() + "," + day + ",08:00,08:30,08:00,08:30,1,N,,,\r\n"                    // line 11 (line 2 again)
                + first.reference() + "," + day + ",11:00,11:30\r\n";                                      // line 12

        Answer answer = send(upload(PROVIDER, file));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.report().imported()).isFalse();
        assertThat(answer.report().importId()).isNull();
        assertThat(answer.report().rowsRead()).isEqualTo(11);
        assertThat(answer.report().refusedRows()).extracting(RefusedRow::line, RefusedRow::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, "carers_present"),
                org.assertj.core.groups.Tuple.tuple(8, "visit_date"),
                org.assertj.core.groups.Tuple.tuple(9, "actual_start"),
                org.assertj.core.groups.Tuple.tuple(9, "actual_end"),
                org.assertj.core.groups.Tuple.tuple(10, "package_reference"),
                org.assertj.core.groups.Tuple.tuple(11, "planned_start"),
                org.assertj.core.groups.Tuple.tuple(12, "row"));
        assertThat(answer.report().refusedRows()).allSatisfy(row -> assertThat(row.reason()).isNotBlank());
        assertThat(answer.report().refusedRows().get(5).reason()).contains("line 2");
        assertThat(visitRows(first.id()) + visitRows(second.id())).isZero();
        assertThat(number("select count(*) from visit_import where file_sha256 = ?", answer.report().fileSha256())).isZero();
    }

    @Test
    void the_same_file_again_changes_nothing_and_answers_the_first_report() throws Exception {
        Held first = heldPackage();
        Held second = heldPackage();
        String file = sample(first, second);
        Answer once = send(upload(PROVIDER, file));

        Answer again = send(upload(PROVIDER, file));

        assertThat(once.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.report().alreadyImported()).isTrue();
        assertThat(again.report().importId()).isEqualTo(once.report().importId());
        assertThat(again.report().rowsImported()).isEqualTo(5);
        assertThat(visitRows(first.id()) + visitRows(second.id())).isEqualTo(5);
    }

    @Test
    void another_file_with_a_visit_already_recorded_is_refused_whole() throws Exception {
        Held first = heldPackage();
        Held second = heldPackage();
        send(upload(PROVIDER, sample(first, second)));
        String day = clock.today().minusDays(1).toString();

        Answer answer = send(upload(PROVIDER, VisitsTest.HEADER + "\n"
                + first.reference() + "," + day + ",14:00,14:30,14:00,14:30,1,N,,,\n"
                + first.reference() + "," + day + ",08:00,08:30,08:00,08:30,1,N,,,\n"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.report().refusedRows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.reason()).contains("already recorded");
        });
        assertThat(visitRows(first.id())).isEqualTo(3);
    }

    @Test
    void two_identical_uploads_racing_import_once() throws Exception {
        Held first = heldPackage();
        Held second = heldPackage();
        String file = sample(first, second);
        Callable<Answer> upload = () -> send(upload(PROVIDER, file));

        List<Answer> answers = race(List.of(upload, upload, upload));

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 200, 200);
        assertThat(answers).extracting(a -> a.report().importId()).containsOnly(answers.getFirst().report().importId());
        assertThat(visitRows(first.id()) + visitRows(second.id())).isEqualTo(5);
        assertThat(number("select count(*) from visit_import where file_sha256 = ?", answers.getFirst().report().fileSha256())).isOne();
    }

    @Test
    void a_provider_of_another_council_cannot_import_visits_of_these_packages() throws Exception {
        Held first = heldPackage();
        Held second = heldPackage();

        Answer answer = send(upload(OTHER_PROVIDER, sample(first, second)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.report().refusedRows()).hasSize(5).extracting(RefusedRow::column).containsOnly("package_reference");
        assertThat(visitRows(first.id()) + visitRows(second.id())).isZero();
    }

    @Test
    void a_header_without_a_column_or_with_an_unknown_one_is_refused_on_line_one() {
        String day = clock.today().minusDays(1).toString();

        Answer answer = send(upload(PROVIDER, "package_reference,visit_date,planned_start,planned_end,actual_start,actual_end,missed,"
                + "variance_reason,carer_name\nX," + day + ",08:00,08:30,08:00,08:30,N,,Jo\n"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.report().refusedRows()).extracting(RefusedRow::line, RefusedRow::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "carer_name"), org.assertj.core.groups.Tuple.tuple(1, "carers_present"));
    }

    @Test
    void an_empty_file_and_one_not_in_utf8_are_refused() {
        assertThat(send(upload(PROVIDER, VisitsTest.HEADER + "\r\n")).status()).isEqualTo(422);
        var latin1 = api().as(PROVIDER, io.micronaut.http.HttpRequest.POST("/api/visit-imports",
                (VisitsTest.HEADER + "\nCaf\u00e9").getBytes(StandardCharsets.ISO_8859_1)).contentType(io.micronaut.http.MediaType.of("text/csv")));
        Answer answer = send(latin1);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.report().refusedRows()).singleElement().satisfies(row -> assertThat(row.column()).isEqualTo("file"));
    }

    @Test
    void a_file_larger_than_a_json_body_may_be_imports_whole() {
        Held held = heldPackage();
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        int rows = 0;
        for (int day = 29; day >= 1; day--) {
            for (int slot = 0; slot < 48; slot++) {
                String start = String.format("%02d:%02d", 6 + slot / 3, (slot % 3) * 20);
                String end = String.format("%02d:%02d", 6 + slot / 3, (slot % 3) * 20 + 15);
                file.append(held.reference()).append(',').append(clock.today().minusDays(day)).append(',').append(start).append(',')
                        .append(end).append(',').append(start).append(',').append(end).append(",1,N,,,\n");
                rows++;
            }
        }
        assertThat(file.length()).isGreaterThan(64 * 1024);

        Answer answer = send(upload(PROVIDER, file.toString()));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.report().rowsImported()).isEqualTo(rows);
        assertThat(visitRows(held.id())).isEqualTo(rows);
    }
}
