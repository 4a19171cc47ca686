package uk.homecare.portal.ui.council;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.audit.AuditEntry;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.testing.FakeCouncilClient;
import uk.homecare.portal.ui.testing.FakeCouncilClient.Asked;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** The administrator filters the audit trail, pages through it, and downloads the same filter as CSV. */
class AuditViewTest {

    private KaribuUi ui;
    private FakeCouncilClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.council();
        for (int n = 0; n < 120; n++) {
            api.entries.add(new AuditEntry(1000 - n, ui.clock().instant().minus(Duration.ofMinutes(n)), "admin@coventry.demo", "ADMIN",
                    n == 0 ? "COUNCIL_SETTINGS_CHANGED" : "PERSON_CORRECTED", n == 0 ? "council" : "person", UUID.randomUUID(), null, "{}"));
        }
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void the_trail_opens_newest_first_a_page_at_a_time_and_pages_on() {
        ui.signInAs("adam");
        ui.navigate("audit");
        Screen.assertTranslatedAndLabelled();

        assertThat(api.asked.getFirst()).isEqualTo(new Asked(null, null, null, null, null, null, 0, AuditView.PAGE_SIZE));
        assertThat(Screen.rows(grid("audit-grid"))).contains("Council settings changed", "admin@coventry.demo (ADMIN)");
        assertThat(byId(Paragraph.class, "audit-page").getText()).isEqualTo("Page 1 of 3 (120 entries)");
        assertThat(byId(Button.class, "audit-previous").isEnabled()).isFalse();

        click("audit-next");
        click("audit-next");
        assertThat(api.asked.getLast().page()).isEqualTo(2);
        assertThat(byId(Paragraph.class, "audit-page").getText()).isEqualTo("Page 3 of 3 (120 entries)");
        assertThat(byId(Button.class, "audit-next").isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_filter_is_sent_and_the_csv_holds_the_same_filter() throws IOException {
        Person sue = ui.people().people.getFirst();
        LocalDate today = ui.clock().today();
        ui.signInAs("adam");
        ui.navigate("audit");

        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-person")), sue);
        _setValue(byId(TextField.class, "audit-package"), " cov-000123 ");
        _setValue(byId(TextField.class, "audit-actor"), "admin@coventry.demo");
        _setValue(byId(Select.class, "audit-action"), AuditAction.PERSON_CORRECTED);
        _setValue(byId(DatePicker.class, "audit-from"), today.minusDays(7));
        _setValue(byId(DatePicker.class, "audit-to"), today);
        click("audit-search");

        Asked filter = new Asked(sue.id(), "cov-000123", "admin@coventry.demo", AuditAction.PERSON_CORRECTED, today.minusDays(7), today,
                0, AuditView.PAGE_SIZE);
        assertThat(api.asked.getLast()).isEqualTo(filter);

        Anchor csv = byId(Anchor.class, "audit-csv");
        assertThat(csv.getText()).isEqualTo("Download CSV");
        assertThat(csv.getElement().getAttribute(ActionMark.ACTION)).isEqualTo("Capability.READ_AUDIT");
        api.csv = "\"id\",\"actor\"\r\n\"1\",\"'=cmd\"\r\n";
        DownloadResponse download = _get(AuditView.class).download();
        assertThat(download.getContentType()).isEqualTo("text/csv");
        assertThat(download.getFileName()).isEqualTo("audit-trail.csv");
        assertThat(new String(download.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(api.csv);
        assertThat(api.asked.getLast()).isEqualTo(new Asked(sue.id(), "cov-000123", "admin@coventry.demo", AuditAction.PERSON_CORRECTED,
                today.minusDays(7), today, -1, -1));
    }

    @Test
    void a_range_that_ends_before_it_starts_is_shown_on_the_last_day_and_not_sent() {
        LocalDate today = ui.clock().today();
        ui.signInAs("adam");
        ui.navigate("audit");
        int asked = api.asked.size();

        _setValue(byId(DatePicker.class, "audit-from"), today);
        _setValue(byId(DatePicker.class, "audit-to"), today.minusDays(1));
        click("audit-search");

        assertThat(api.asked).hasSize(asked);
        DatePicker to = byId(DatePicker.class, "audit-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last day must be on or after the first.");
    }

    @Test
    void the_apis_refusal_of_a_filter_shows_next_to_it() {
        ui.signInAs("adam");
        ui.navigate("audit");
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("actor", "size must be between 0 and 200"))));
        click("audit-search");

        TextField actor = byId(TextField.class, "audit-actor");
        assertThat(actor.isInvalid()).isTrue();
        assertThat(actor.getErrorMessage()).isEqualTo("size must be between 0 and 200");
    }
}
