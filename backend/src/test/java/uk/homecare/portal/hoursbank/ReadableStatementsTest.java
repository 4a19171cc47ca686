package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.account.Council;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.testing.MovableClock;

/**
 * The hours statement people can read, over real HTTP: the CSV in hours and minutes in words beside the minutes,
 * in the caller's language; the printable PDF (read back with PDFBox) with the person, the council, the period,
 * each movement, the balances and what will expire, in Welsh with its ŵ and ŷ for a Welsh caller; and the
 * Welsh council's Welsh name where a Welsh page or statement shows it.
 */
@MicronautTest(transactional = false)
class ReadableStatementsTest extends HoursBankTest {

    static final LocalDate TODAY = MovableClock.testDay();

    @Inject
    HoursBankAsTheUiCallsIt client;
    static final LocalDate LAST_WEEK = thisWeek().minusWeeks(1);

    /** An hour a week from last week's Monday, then 1 hour 30 minutes booked for tomorrow: 30 minutes of this week's hour left. */
    String personWithABooking() {
        clock.set(LAST_WEEK.plusDays(2), TEN);
        String person = newPerson();
        plan(person, 60, LAST_WEEK);
        tenOnTheTestDay();
        book(person, person, TODAY.plusDays(1), "10:00", 90);
        return person;
    }

    String period() {
        return "from=" + LAST_WEEK + "&to=" + TODAY;
    }

    HttpResponse<byte[]> pdf(String user, String person, String language) {
        var request = api().as(user, GET("/api/people/" + personOf(person) + "/statement.pdf?" + period()).accept("application/pdf"));
        return api().exchange(language == null ? request : request.header(HttpHeaders.ACCEPT_LANGUAGE, language), byte[].class);
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String day(LocalDate date, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(date);
    }

    List<CSVRecord> csv(String user, String person, String language) throws Exception {
        var request = api().as(user, GET("/api/people/" + personOf(person) + "/statement?" + period()));
        String csv = api().retrieve(language == null ? request : request.header(HttpHeaders.ACCEPT_LANGUAGE, language), String.class);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void the_csv_writes_every_amount_in_hours_and_minutes_beside_the_signed_minutes() throws Exception {
        String person = personWithABooking();

        List<CSVRecord> rows = csv(person, person, "en-GB");

        assertThat(rows).filteredOn(r -> r.get("What").equals("Credit")).extracting(r -> r.get("Hours in")).containsExactly("1 hour", "1 hour");
        assertThat(rows).filteredOn(r -> r.get("What").equals("Booking")).extracting(r -> r.get("Hours out"), r -> r.get("Minutes"))
                .containsExactly(tuple("1 hour", "-60"), tuple("30 minutes", "-30"));
        CSVRecord closing = rows.stream().filter(r -> r.get("What").equals("Balance at the end")).findFirst().orElseThrow();
        assertThat(closing.get("Balance")).isEqualTo("30 minutes");
        assertThat(closing.get("Minutes")).isEqualTo("30");
        assertThat(rows).filteredOn(r -> r.get("What").startsWith("Will expire")).singleElement()
                .satisfies(expiring -> assertThat(expiring.get("Hours out")).isEqualTo("30 minutes"))
                .satisfies(expiring -> assertThat(expiring.get("When (UK time)")).isEqualTo(lastDayOfWindow(thisWeek()).toString()));
    }

    @Test
    void the_csv_is_in_welsh_for_someone_who_chose_welsh() throws Exception {
        String person = personWithABooking();
        execute("update app_user set language = 'cy' where username = ?", person);

        List<CSVRecord> rows = csv(person, person, null);

        assertThat(rows.getFirst().toMap()).containsOnlyKeys("Pryd (amser y DU)", "Beth", "Oriau i mewn", "Oriau allan", "Balans", "Munudau",
                "Wythnos", "Sesiwn", "Gan");
        assertThat(rows).extracting(r -> r.get("Beth")).contains("Balans ar y dechrau", "Credyd", "Archeb", "Balans ar y diwedd");
        assertThat(rows).filteredOn(r -> r.get("Beth").equals("Credyd")).extracting(r -> r.get("Oriau i mewn")).containsExactly("1 awr", "1 awr");
        assertThat(rows).filteredOn(r -> r.get("Beth").equals("Balans ar y diwedd")).extracting(r -> r.get("Balans")).containsExactly("30 munud");
    }

    @Test
    void the_printable_statement_gives_the_person_council_period_movements_balances_and_what_will_expire_in_hours_and_minutes() throws Exception {
        String person = personWithABooking();

        HttpResponse<byte[]> response = pdf(person, person, "en-GB");

        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("application/pdf"));
        assertThat(response.header(HttpHeaders.CONTENT_DISPOSITION)).contains("hours-statement-" + LAST_WEEK + "-" + TODAY + ".pdf");
        String text = text(response.body());
        assertThat(text).contains("Statement of hours", "For: Gwen Test", "Council: Bridgend County Borough Council",
                "Period: " + day(LAST_WEEK, Locale.UK) + " to " + day(TODAY, Locale.UK),
                "Balance at the start of " + day(LAST_WEEK, Locale.UK) + ": 0 minutes",
                "Credit: hours of the week starting " + day(LAST_WEEK, Locale.UK),
                "Booking: session on " + day(TODAY.plusDays(1), Locale.UK),
                "Balance at the end of " + day(TODAY, Locale.UK) + ": 30 minutes",
                "Date What Hours in Hours out Balance", "What will expire", "Page 1 of 1",
                "30 minutes will expire unless used by the end of " + day(lastDayOfWindow(thisWeek()), Locale.UK)
                        + " (hours of the week starting " + day(thisWeek(), Locale.UK) + ").");
        assertThat(text).contains("1 hour").doesNotContain("-60", "-1:00", "0:30");
        try (var document = Loader.loadPDF(response.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Statement of hours");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
        }
    }

    @Test
    void a_welsh_caller_gets_the_printable_statement_in_welsh_with_its_circumflexes_and_the_councils_welsh_name() throws Exception {
        String person = personWithABooking();
        execute("update person set given_name = 'Llŷr', family_name = 'Dŵr' where id = ?", personOf(person));
        Locale welsh = Locale.of("cy");

        String text = text(pdf(person, person, "cy").body());

        assertThat(text).contains("Datganiad oriau", "Ar gyfer: Llŷr Dŵr", "Cyngor: Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr",
                "Beth ddigwyddodd", "Dyddiad Beth Oriau i mewn Oriau allan Balans", "defnyddir yr oriau hŷn yn gyntaf", "Tudalen 1 o 1",
                "Balans ar ddiwedd " + day(TODAY, welsh) + ": 30 munud",
                "Bydd 30 munud yn dod i ben oni chaiff ei ddefnyddio erbyn diwedd " + day(lastDayOfWindow(thisWeek()), welsh));
        assertThat(text).contains("1 awr").doesNotContain("Statement of hours", "Bridgend County Borough Council");
        try (var document = Loader.loadPDF(pdf(person, person, "cy").body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cy");
        }
    }

    @Test
    void the_contracts_client_downloads_both_the_csv_and_the_pdf_as_the_ui_does() throws Exception {
        String person = personWithABooking();
        var caller = new Bearer(api().tokenFor(person));

        String csv = client.downloadStatement(caller, personOf(person), LAST_WEEK, TODAY).body();
        byte[] pdf = client.downloadPrintableStatement(caller, personOf(person), LAST_WEEK, TODAY).body();

        assertThat(csv).startsWith("When (UK time),What,Hours in,Hours out,Balance,Minutes");
        assertThat(text(pdf)).contains("Statement of hours", "30 minutes will expire");
    }

    @Test
    void the_printable_statement_is_kept_to_those_who_may_read_the_csv() {
        String person = personWithABooking();
        String other = newPerson();

        assertThat(api().refusal(api().as(other, GET("/api/people/" + personOf(person) + "/statement.pdf?" + period())
                .accept("application/pdf"))).getStatus().getCode()).isEqualTo(404);
        assertThat(pdf(COMMISSIONER, person, null).body()).isNotEmpty();
    }

    @Test
    void the_welsh_council_has_its_welsh_name_in_its_resources_and_the_english_councils_have_none() {
        Me me = api().retrieve(api().as(COMMISSIONER, GET("/api/me")), Me.class);
        List<Council> councils = api().retrieve(api().as("platform@homecare.demo", GET("/api/councils")), Argument.listOf(Council.class));

        assertThat(me.council().welshName()).isEqualTo("Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr");
        assertThat(me.council().nameIn(Locale.of("cy"))).isEqualTo("Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr");
        assertThat(me.council().nameIn(Locale.UK)).isEqualTo("Bridgend County Borough Council");
        assertThat(councils).filteredOn(c -> c.code().equals("bridgend")).extracting(Council::welshName)
                .containsExactly("Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr");
        assertThat(councils).filteredOn(c -> c.code().equals("coventry")).extracting(Council::welshName).containsOnlyNulls();
    }
}
