package uk.homecare.portal.ui.messaging;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.allText;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryForm;
import uk.homecare.portal.api.messaging.QueryStatus;
import uk.homecare.portal.api.messaging.QueryType;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.testing.FakeMessagingClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

class PackageMessagesUiTest {

    private KaribuUi ui;
    private FakeMessagingClient messaging;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        messaging = ui.messaging();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void a_commissioner_starts_a_query_on_the_package_page_once_however_often_the_button_is_pressed() {
        CarePackage p = awarded();
        ui.signInAs("cora");
        ui.navigate("packages/" + p.id());

        assertThat(shown("query-start")).isTrue();
        assertThat(byId(Paragraph.class, "query-safeguarding").getText()).contains("safeguarding team");
        assertThat(byId(Button.class, "query-start-submit").getElement().getAttribute(ActionMark.ACTION)).isEqualTo("QueryAction.START");
        _setValue(byId(Select.class, "query-start-type"), QueryType.CHANGE_OF_NEED);
        _setValue(byId(TextField.class, "query-start-subject"), "More help at teatime");
        _setValue(byId(TextArea.class, "query-start-body"), "Could you add a teatime visit from Monday?");
        click("query-start-submit");

        assertThat(messaging.queries).hasSize(1);
        assertThat(((QueryForm) messaging.lastForm).type()).isEqualTo(QueryType.CHANGE_OF_NEED);
        assertThat(shown("query-thread")).isTrue();
        assertThat(textOf(byId(com.vaadin.flow.component.Component.class, "query-thread")))
                .contains("More help at teatime").contains("Could you add a teatime visit from Monday?").contains("Change of need");
        assertThat(rows(grid("package-queries-grid"))).contains("More help at teatime").contains("Open");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void the_same_values_sent_again_carry_the_same_idempotency_key() {
        CarePackage p = awarded();
        ui.signInAs("cora");
        ui.navigate("packages/" + p.id());
        _setValue(byId(Select.class, "query-start-type"), QueryType.GENERAL);
        _setValue(byId(TextField.class, "query-start-subject"), "Key safe");
        _setValue(byId(TextArea.class, "query-start-body"), "What is the key safe code?");
        messaging.failNext(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE, null);
        click("query-start-submit");
        click("query-start-submit");

        assertThat(messaging.keys).hasSize(2).doesNotContainNull();
        assertThat(messaging.keys.get(0)).isEqualTo(messaging.keys.get(1));
    }

    @Test
    void a_query_with_nothing_filled_in_is_not_sent_and_each_field_says_what_is_missing() {
        CarePackage p = awarded();
        ui.signInAs("cora");
        ui.navigate("packages/" + p.id());

        click("query-start-submit");

        assertThat(messaging.queries).isEmpty();
        assertThat(byId(TextField.class, "query-start-subject").isInvalid()).isTrue();
        assertThat(byId(TextArea.class, "query-start-body").isInvalid()).isTrue();
        assertThat(byId(Select.class, "query-start-type").isInvalid()).isTrue();
    }

    @Test
    void the_apis_refusal_of_a_field_is_shown_next_to_that_field() {
        CarePackage p = awarded();
        ui.signInAs("cora");
        ui.navigate("packages/" + p.id());
        _setValue(byId(Select.class, "query-start-type"), QueryType.GENERAL);
        _setValue(byId(TextField.class, "query-start-subject"), "Subject");
        _setValue(byId(TextArea.class, "query-start-body"), "Body");
        messaging.failNext(io.micronaut.http.HttpStatus.BAD_REQUEST, new uk.homecare.portal.api.problem.Problem(
                "urn:homecare-portal:problem:invalid-input", "Bad Request", 400, "Must be at most 120 characters.",
                List.of(new uk.homecare.portal.api.problem.Problem.FieldError("subject", "Must be at most 120 characters."))));

        click("query-start-submit");

        TextField subject = byId(TextField.class, "query-start-subject");
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).contains("120");
    }

    @Test
    void a_provider_replies_to_its_query_and_a_closed_query_offers_neither_reply_nor_close() {
        CarePackage p = awarded();
        ui.brokerage().carePackages.add(p);
        PackageQuery asked = messaging.aQuery(p.id(), p.reference(), "Invoice for November", false);
        messaging.mayStart = false;
        ui.signInAs("pete");
        ui.navigate("care-packages");
        _clickItem(grid("care-packages-grid"), 0);

        assertThat(shown("query-start")).as("the API lists no START").isFalse();
        _clickItem(grid("package-queries-grid"), 0);
        assertThat(byId(Button.class, "query-reply-submit").getElement().getAttribute(ActionMark.RECORD)).isEqualTo(asked.query().id().toString());
        _setValue(byId(TextArea.class, "query-reply-body"), "December's is wrong too.");
        click("query-reply-submit");
        assertThat(messaging.queries.getFirst().messages()).hasSize(2);
        assertThat(textOf(byId(com.vaadin.flow.component.Component.class, "query-messages"))).contains("December's is wrong too.");

        click("query-close");
        assertThat(messaging.queries.getFirst().query().status()).isEqualTo(QueryStatus.CLOSED);
        assertThat(shown("query-reply")).isFalse();
        assertThat(shown("query-close")).isFalse();
    }

    @Test
    void the_queries_page_lists_overdue_queries_first_and_filters_by_status() {
        CarePackage p = awarded();
        messaging.aQuery(p.id(), "PKG-LATE", "Late answer", true);
        messaging.aQuery(p.id(), "PKG-OPEN", "Still in time", false);
        ui.signInAs("cora");
        ui.navigate("queries");

        assertThat(_size(grid("queries-grid"))).isEqualTo(2);
        assertThat(rows(grid("queries-grid"))).contains("Overdue").contains("Late answer").contains("Still in time");
        _setValue(byId(Select.class, "queries-status"), QueryStatus.OVERDUE);
        assertThat(_size(grid("queries-grid"))).isEqualTo(1);
        assertThat(rows(grid("queries-grid"))).contains("Late answer").doesNotContain("Still in time");
        _clickItem(grid("queries-grid"), 0);
        assertThat(textOf(byId(com.vaadin.flow.component.Component.class, "query-thread"))).contains("First message of Late answer");
        assertThat(allText()).contains("Queries");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void an_admin_who_sends_no_messages_sees_no_queries_on_the_package_page() {
        CarePackage p = awarded();
        ui.signInAs("adam");
        ui.navigate("packages/" + p.id());

        assertThat(shown("package-queries")).isFalse();
        assertThat(messaging.lastAuthorization).isNull();
    }

    @Test
    void in_welsh_the_queries_page_speaks_welsh() {
        CarePackage p = awarded();
        messaging.aQuery(p.id(), "PKG-LATE", "Late answer", true);
        Me cora = ui.identity().person("cora");
        ui.identity().add(new Me(cora.id(), cora.username(), cora.displayName(), cora.role(), cora.council(), null, cora.councils(),
                List.of(), "cy", cora.capabilities()));
        ui.signInAs("cora");
        ui.navigate("queries");

        assertThat(allText()).contains("Ymholiadau");
        assertThat(rows(grid("queries-grid"))).contains("Hwyr").contains("Ymholiad talu");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void the_package_history_says_each_query_event_in_words_with_its_type_and_status_and_no_codes() {
        CarePackage p = awarded();
        ui.brokerage().history.put(p.id(), List.of(
                new HistoryEntry(ui.clock().instant(), "provider@coventry.demo", "PROVIDER", "QUERY_RAISED", "",
                        java.util.Map.of("queryType", "PAYMENT_QUERY", "status", "OPEN", "provider", "Caring Hands Ltd")),
                new HistoryEntry(ui.clock().instant(), "cora", "COMMISSIONER", "QUERY_REPLIED", "",
                        java.util.Map.of("queryType", "PAYMENT_QUERY", "status", "ANSWERED", "provider", "Caring Hands Ltd"))));
        ui.signInAs("cora");
        ui.navigate("packages/" + p.id());

        String history = rows(grid("package-history"));
        assertThat(history).contains("Caring Hands Ltd started a query about the package. Type: payment query. The query is now: open.")
                .contains("The council sent a message in a query about the package.").contains("answered")
                .doesNotContain("PAYMENT_QUERY").doesNotContain("ANSWERED");
    }

    private CarePackage awarded() {
        CarePackage p = ui.brokerage().aPackage("PKG-Q", PackageStatus.AWARDED, ui.clock().instant());
        ui.brokerage().packages.add(p);
        return p;
    }
}
