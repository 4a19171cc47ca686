package uk.homecare.portal.messaging;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.ReviewForm;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.messaging.PackageQueries;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryAction;
import uk.homecare.portal.api.messaging.QueryForm;
import uk.homecare.portal.api.messaging.QueryMessage;
import uk.homecare.portal.api.messaging.QuerySide;
import uk.homecare.portal.api.messaging.QueryStatus;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.api.messaging.QueryType;
import uk.homecare.portal.api.messaging.ReplyForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/**
 * Queries between Spon End (provider@coventry.demo, primary provider of Coventry's Central lot) and Coventry's
 * commissioners about a package awarded to Spon End, over real HTTP against the real database.
 */
@MicronautTest(transactional = false)
class PackageMessagesTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String SPON_END = "provider@coventry.demo";
    static final String OTHER_COUNCIL = "commissioner@bradford.demo";
    static final String OTHER_COUNCILS_PROVIDER = "provider@bradford.demo";
    static final String SECRET = "Mrs Quennell's invoice shows 14 hours at the old rate";
    static final PersonDetails PERSON = new PersonDetails("Ada", "Quennell", LocalDate.of(1938, 5, 17), "9434765919",
            "7 Lavender Row, Earlsdon", "CV5 6AB");

    @Test
    void the_provider_holding_a_package_asks_the_council_which_answers_and_the_query_reopens_and_closes() {
        CarePackage p = awardedToSponEnd();

        HttpResponse<PackageQuery> created = api().exchange(start(SPON_END, p, null,
                new QueryForm(QueryType.PAYMENT_QUERY, "Invoice for November", SECRET)), PackageQuery.class);
        QuerySummary started = created.body().query();

        assertThat(created.code()).isEqualTo(201);
        assertThat(started.status()).isEqualTo(QueryStatus.OPEN);
        assertThat(started.raisedBy()).isEqualTo(QuerySide.PROVIDER);
        assertThat(started.awaiting()).isEqualTo(QuerySide.COUNCIL);
        assertThat(started.dueOn()).isEqualTo(workingDaysAfter(clock.today(), 5));
        assertThat(started.packageReference()).isEqualTo(p.reference());
        assertThat(started.actions()).containsExactly(QueryAction.REPLY, QueryAction.CLOSE);
        assertThat(created.body().messages()).extracting(QueryMessage::body).containsExactly(SECRET);
        assertThat(queries(COMMISSIONER, null)).extracting(QuerySummary::id).contains(started.id());
        assertThat(packageQueries(COMMISSIONER, p).queries()).extracting(QuerySummary::id).containsExactly(started.id());

        PackageQuery answered = reply(COMMISSIONER, started.id(), "We have paid the difference today.");
        assertThat(answered.query().status()).isEqualTo(QueryStatus.ANSWERED);
        assertThat(answered.query().dueOn()).isNull();
        assertThat(answered.query().awaiting()).isNull();

        clock.advance(Duration.ofDays(1));
        PackageQuery reopened = reply(SPON_END, started.id(), "Thank you; December's is wrong too.");
        assertThat(reopened.query().status()).isEqualTo(QueryStatus.OPEN);
        assertThat(reopened.query().dueOn()).isEqualTo(workingDaysAfter(clock.today(), 5));
        assertThat(reopened.messages()).extracting(QueryMessage::number).containsExactly(1, 2, 3);
        assertThat(reopened.messages()).extracting(QueryMessage::side)
                .containsExactly(QuerySide.PROVIDER, QuerySide.COUNCIL, QuerySide.PROVIDER);

        PackageQuery closed = api().retrieve(close(COMMISSIONER, started.id()), PackageQuery.class);
        assertThat(closed.query().status()).isEqualTo(QueryStatus.CLOSED);
        assertThat(closed.query().actions()).isEmpty();

        Problem replyToClosed = Api.problemOf(api().refusal(replyRequest(SPON_END, started.id(), null, "One more thing")));
        HttpClientResponseException closeAgain = api().refusal(close(SPON_END, started.id()));
        assertThat(replyToClosed.status()).isEqualTo(409);
        assertThat(closeAgain.getStatus().getCode()).isEqualTo(409);
        assertThat(show(SPON_END, started.id()).messages()).hasSize(3);
    }

    @Test
    void the_council_asks_the_provider_holding_the_package_and_the_providers_reply_answers_it() {
        CarePackage p = awardedToSponEnd();

        PackageQuery asked = api().retrieve(start(COMMISSIONER, p, null,
                new QueryForm(QueryType.CHANGE_OF_NEED, "More help at teatime", "Could you add a teatime visit from Monday?")), PackageQuery.class);
        PackageQuery answered = reply(SPON_END, asked.query().id(), "Yes, from Monday.");

        assertThat(asked.query().raisedBy()).isEqualTo(QuerySide.COUNCIL);
        assertThat(asked.query().provider().name()).contains("Spon End");
        assertThat(asked.query().awaiting()).isEqualTo(QuerySide.PROVIDER);
        assertThat(answered.query().status()).isEqualTo(QueryStatus.ANSWERED);
        assertThat(queries(SPON_END, QueryStatus.ANSWERED)).extracting(QuerySummary::id).contains(asked.query().id());
    }

    @Test
    void an_open_query_becomes_overdue_the_day_after_its_answer_was_due_counting_working_days_only() {
        LocalDate thursday = clock.monday().plusWeeks(1).with(DayOfWeek.THURSDAY);
        clock.set(thursday, LocalTime.of(10, 0));
        CarePackage p = awardedToSponEnd();

        QuerySummary asked = api().retrieve(start(SPON_END, p, null,
                new QueryForm(QueryType.CHANGE_OF_NEED, "Needs two carers now", "Since her fall she needs two carers to stand.")),
                PackageQuery.class).query();
        LocalDate monday = thursday.plusDays(4);
        assertThat(asked.dueOn()).as("two working days after a Thursday: Friday, then Monday").isEqualTo(monday);

        clock.set(monday, LocalTime.of(23, 30));
        assertThat(show(COMMISSIONER, asked.id()).query().status()).isEqualTo(QueryStatus.OPEN);
        assertThat(queries(COMMISSIONER, QueryStatus.OPEN)).extracting(QuerySummary::id).contains(asked.id());

        clock.set(monday.plusDays(1), LocalTime.of(0, 30));
        assertThat(show(COMMISSIONER, asked.id()).query().status()).isEqualTo(QueryStatus.OVERDUE);
        assertThat(queries(COMMISSIONER, QueryStatus.OVERDUE)).extracting(QuerySummary::id).contains(asked.id());
        assertThat(queries(COMMISSIONER, QueryStatus.OPEN)).extracting(QuerySummary::id).doesNotContain(asked.id());
        assertThat(queries(COMMISSIONER, null).getFirst().status()).as("overdue first").isEqualTo(QueryStatus.OVERDUE);

        PackageQuery answered = reply(COMMISSIONER, asked.id(), "We will review it this week.");
        assertThat(answered.query().status()).isEqualTo(QueryStatus.ANSWERED);
        assertThat(queries(COMMISSIONER, QueryStatus.OVERDUE)).extracting(QuerySummary::id).doesNotContain(asked.id());
    }

    @Test
    void another_council_and_another_provider_are_told_there_is_no_such_package_or_query() {
        CarePackage p = awardedToSponEnd();
        QuerySummary asked = startPayment(p);
        int messages = messageCount(asked.id());

        for (String stranger : List.of(OTHER_COUNCIL, OTHER_COUNCILS_PROVIDER)) {
            assertThat(api().refusal(api().as(stranger, GET("/api/care-packages/" + p.id() + "/queries"))).getStatus().getCode()).isEqualTo(404);
            assertThat(api().refusal(api().as(stranger, GET("/api/queries/" + asked.id()))).getStatus().getCode()).isEqualTo(404);
            assertThat(api().refusal(replyRequest(stranger, asked.id(), null, "Let me in")).getStatus().getCode()).isEqualTo(404);
            assertThat(api().refusal(close(stranger, asked.id())).getStatus().getCode()).isEqualTo(404);
            assertThat(api().refusal(start(stranger, p, null, new QueryForm(QueryType.GENERAL, "Hello", "Hello"))).getStatus().getCode())
                    .isEqualTo(404);
            assertThat(queries(stranger, null)).extracting(QuerySummary::id).doesNotContain(asked.id());
        }
        assertThat(messageCount(asked.id())).isEqualTo(messages);
        assertThat(number("select count(*) from package_query where package_id = ?", p.id())).isEqualTo(1);
    }

    @Test
    void a_provider_only_offered_a_package_cannot_ask_about_it_and_nobody_asks_about_a_package_not_yet_awarded() {
        UUID zone = coventryZone("CENTRAL");
        CarePackage offered = publish(draft(packageForm(zone, lotOfZone(zone))));

        HttpClientResponseException byProvider = api().refusal(start(SPON_END, offered, null, new QueryForm(QueryType.GENERAL, "Hi", "Hi")));
        HttpClientResponseException byCouncil = api().refusal(start(COMMISSIONER, offered, null, new QueryForm(QueryType.GENERAL, "Hi", "Hi")));

        assertThat(byProvider.getStatus().getCode()).isEqualTo(404);
        assertThat(byCouncil.getStatus().getCode()).isEqualTo(409);
        assertThat(packageQueries(COMMISSIONER, offered).actions()).isEmpty();
    }

    @Test
    void a_query_needs_a_type_a_subject_of_at_most_120_characters_and_a_message_of_at_most_4000() {
        CarePackage p = awardedToSponEnd();

        assertThat(refusedFields(start(SPON_END, p, null, new QueryForm(QueryType.GENERAL, "Subject", "")))).containsExactly("body");
        assertThat(refusedFields(start(SPON_END, p, null, new QueryForm(QueryType.GENERAL, "Subject", "   ")))).containsExactly("body");
        assertThat(refusedFields(start(SPON_END, p, null, new QueryForm(QueryType.GENERAL, "x".repeat(121), "Body")))).containsExactly("subject");
        assertThat(refusedFields(start(SPON_END, p, null, new QueryForm(QueryType.GENERAL, "Subject", "x".repeat(4001))))).containsExactly("body");
        assertThat(refusedFields(start(SPON_END, p, null, new QueryForm(null, "Subject", "Body")))).containsExactly("type");
        QuerySummary asked = startPayment(p);
        assertThat(refusedFields(replyRequest(COMMISSIONER, asked.id(), null, ""))).containsExactly("body");

        assertThat(number("select count(*) from package_query where package_id = ?", p.id())).isEqualTo(1);
        assertThat(messageCount(asked.id())).isEqualTo(1);
    }

    @Test
    void a_provider_no_longer_holding_the_package_still_reads_and_answers_its_queries_but_starts_none_and_the_next_provider_sees_none() {
        CarePackage p = awardedToSponEnd();
        QuerySummary asked = startPayment(p);
        UUID swanswell = id("select id from organisation where name like 'Swanswell Pool%'");
        api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + p.id() + "/review",
                new ReviewForm(swanswell, "Six-month review"))), CarePackage.class);
        String swanswellUser = swanswellUser(swanswell);

        PackageQueries stillMine = packageQueries(SPON_END, p);
        PackageQuery answered = reply(SPON_END, asked.id(), "Still waiting for the November payment, please.");
        Problem newOne = Api.problemOf(api().refusal(start(SPON_END, p, null, new QueryForm(QueryType.GENERAL, "Another", "Another"))));
        PackageQueries newHolders = packageQueries(swanswellUser, p);

        assertThat(stillMine.actions()).doesNotContain(QueryAction.START);
        assertThat(stillMine.queries()).extracting(QuerySummary::id).containsExactly(asked.id());
        assertThat(answered.messages()).hasSize(2);
        assertThat(newOne.status()).isEqualTo(409);
        assertThat(newHolders.actions()).containsExactly(QueryAction.START);
        assertThat(newHolders.queries()).isEmpty();
        assertThat(api().refusal(api().as(swanswellUser, GET("/api/queries/" + asked.id()))).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void a_retried_start_or_reply_with_the_same_idempotency_key_creates_it_once() throws Exception {
        CarePackage p = awardedToSponEnd();
        QueryForm form = new QueryForm(QueryType.VISIT_ISSUE, "Key safe code", "The key safe code we were given does not work.");
        String key = "start-" + UUID.randomUUID();

        List<HttpResponse<PackageQuery>> starts = api().race(List.of(start(SPON_END, p, key, form), start(SPON_END, p, key, form),
                start(SPON_END, p, key, form)), PackageQuery.class);
        UUID queryId = starts.getFirst().body().query().id();
        assertThat(starts).extracting(answer -> answer.body().query().id()).containsOnly(queryId);
        assertThat(starts).filteredOn(answer -> "true".equals(answer.header("Idempotent-Replayed"))).hasSize(2);
        assertThat(number("select count(*) from package_query where package_id = ?", p.id())).isEqualTo(1);

        String replyKey = "reply-" + UUID.randomUUID();
        api().exchange(replyRequest(COMMISSIONER, queryId, replyKey, "We will send the right code today."), PackageQuery.class);
        HttpResponse<PackageQuery> again = api().exchange(replyRequest(COMMISSIONER, queryId, replyKey, "We will send the right code today."),
                PackageQuery.class);
        HttpClientResponseException otherBody = api().refusal(replyRequest(COMMISSIONER, queryId, replyKey, "Something else"));

        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.getStatus().getCode()).isEqualTo(422);
        assertThat(messageCount(queryId)).isEqualTo(2);
    }

    @Test
    void racing_replies_from_both_sides_are_all_kept_numbered_in_order_and_the_status_follows_the_last() throws Exception {
        CarePackage p = awardedToSponEnd();
        QuerySummary asked = startPayment(p);
        List<MutableHttpRequest<?>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replies.add(replyRequest(i % 2 == 0 ? COMMISSIONER : SPON_END, asked.id(), null, "Reply " + i));
        }

        List<HttpResponse<PackageQuery>> answers = api().race(replies, PackageQuery.class);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.code()).isEqualTo(201));
        PackageQuery now = show(COMMISSIONER, asked.id());
        assertThat(now.messages()).extracting(QueryMessage::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(now.messages()).extracting(QueryMessage::body).containsAll(replies.stream().map(r -> ((ReplyForm) r.getBody().orElseThrow()).body()).toList());
        assertThat(now.query().messageCount()).isEqualTo(9);
        QuerySide last = now.messages().getLast().side();
        assertThat(now.query().status()).isEqualTo(last == QuerySide.PROVIDER ? QueryStatus.OPEN : QueryStatus.ANSWERED);
        assertThat(number("select count(*) from audit_event where entity_id = ? and action = 'QUERY_REPLIED'", p.id())).isEqualTo(8);
    }

    @Test
    void of_racing_closes_one_closes_the_query_and_the_others_are_refused() throws Exception {
        CarePackage p = awardedToSponEnd();
        QuerySummary asked = startPayment(p);
        List<MutableHttpRequest<?>> closes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            closes.add(close(i % 2 == 0 ? COMMISSIONER : SPON_END, asked.id()));
        }

        List<Integer> codes = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(closes.size())) {
            List<java.util.concurrent.Future<Integer>> futures = new ArrayList<>();
            for (MutableHttpRequest<?> close : closes) {
                futures.add(pool.submit(() -> {
                    try {
                        return api().exchange(close, String.class).code();
                    } catch (HttpClientResponseException refused) {
                        return refused.getStatus().getCode();
                    }
                }));
            }
            for (var future : futures) {
                codes.add(future.get());
            }
        }

        assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
        assertThat(codes).filteredOn(code -> code == 409).hasSize(5);
        assertThat(number("select count(*) from audit_event where entity_id = ? and action = 'QUERY_CLOSED'", p.id())).isEqualTo(1);
    }

    @Test
    void the_package_history_keeps_each_start_reply_and_close_with_its_type_and_status_but_never_the_text() {
        CarePackage p = awardedToSponEnd();
        QuerySummary asked = startPayment(p);
        reply(COMMISSIONER, asked.id(), "Paid in full on Friday.");
        api().retrieve(close(SPON_END, asked.id()), PackageQuery.class);

        List<HistoryEntry> history = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")),
                Argument.listOf(HistoryEntry.class));

        List<HistoryEntry> queryEvents = history.stream().filter(entry -> entry.action().startsWith("QUERY_")).toList();
        assertThat(queryEvents).extracting(HistoryEntry::action).containsExactly("QUERY_RAISED", "QUERY_REPLIED", "QUERY_CLOSED");
        assertThat(queryEvents).extracting(entry -> entry.facts().get("status")).containsExactly("OPEN", "ANSWERED", "CLOSED");
        assertThat(queryEvents).allSatisfy(entry -> {
            assertThat(entry.facts()).containsEntry("queryType", "PAYMENT_QUERY").containsEntry("queryId", asked.id().toString());
            assertThat(entry.details()).doesNotContain(SECRET).doesNotContain("Paid in full").doesNotContain("Invoice for November");
        });
    }

    @Test
    void the_other_side_is_told_in_the_portal_and_by_e_mail_by_the_packages_reference_and_the_querys_type_only() throws SQLException {
        CarePackage p = awardedToSponEnd();
        execute("update app_user set language = 'cy' where username = ?", SPON_END);
        try {
            QuerySummary asked = startPayment(p);
            reply(COMMISSIONER, asked.id(), "We paid Ada Quennell's invoice on Friday.");

            List<String> toCouncil = texts(COMMISSIONER, p);
            List<String> toProvider = texts(SPON_END, p);
            assertThat(toCouncil).singleElement().satisfies(text -> assertThat(text)
                    .contains(p.reference()).contains("payment query").contains("Spon End").contains("started a query"));
            assertThat(toProvider).singleElement().satisfies(text -> assertThat(text)
                    .contains(p.reference()).contains("ymholiad talu").contains("neges newydd"));
            assertThat(emails(COMMISSIONER, p)).singleElement().satisfies(email -> assertThat(email)
                    .contains(p.reference()).contains("payment query"));
            assertThat(emails(SPON_END, p)).singleElement().satisfies(email -> assertThat(email)
                    .contains(p.reference()).contains("ymholiad talu"));

            List<String> everything = new ArrayList<>();
            everything.addAll(toCouncil);
            everything.addAll(toProvider);
            everything.addAll(emails(COMMISSIONER, p));
            everything.addAll(emails(SPON_END, p));
            assertThat(everything).allSatisfy(text -> assertThat(text)
                    .doesNotContain("Invoice for November").doesNotContain("invoice shows").doesNotContain("paid Ada")
                    .doesNotContain(PERSON.givenName()).doesNotContain(PERSON.familyName()).doesNotContain(PERSON.nhsNumber())
                    .doesNotContain(PERSON.postcode()));
        } finally {
            execute("update app_user set language = 'en' where username = ?", SPON_END);
        }
    }

    // --- helpers ---

    CarePackage awardedToSponEnd() {
        UUID zone = coventryZone("CENTRAL");
        CarePackage published = publish(draft(packageForm(zone, lotOfZone(zone))));
        Offer offer = api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)).stream()
                .filter(o -> o.packageId().equals(published.id())).findFirst().orElseThrow();
        api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(clock.today().plusDays(10)))), Offer.class);
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + published.id())), CarePackage.class);
    }

    QuerySummary startPayment(CarePackage p) {
        return api().retrieve(start(SPON_END, p, null, new QueryForm(QueryType.PAYMENT_QUERY, "Invoice for November", SECRET)),
                PackageQuery.class).query();
    }

    MutableHttpRequest<QueryForm> start(String who, CarePackage p, String key, QueryForm form) {
        MutableHttpRequest<QueryForm> request = api().as(who, POST("/api/care-packages/" + p.id() + "/queries", form));
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    MutableHttpRequest<ReplyForm> replyRequest(String who, UUID queryId, String key, String body) {
        MutableHttpRequest<ReplyForm> request = api().as(who, POST("/api/queries/" + queryId + "/replies", new ReplyForm(body)));
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    PackageQuery reply(String who, UUID queryId, String body) {
        return api().retrieve(replyRequest(who, queryId, null, body), PackageQuery.class);
    }

    MutableHttpRequest<String> close(String who, UUID queryId) {
        return api().as(who, POST("/api/queries/" + queryId + "/close", ""));
    }

    PackageQuery show(String who, UUID queryId) {
        return api().retrieve(api().as(who, GET("/api/queries/" + queryId)), PackageQuery.class);
    }

    List<QuerySummary> queries(String who, QueryStatus status) {
        return api().retrieve(api().as(who, GET("/api/queries" + (status == null ? "" : "?status=" + status))),
                Argument.listOf(QuerySummary.class));
    }

    PackageQueries packageQueries(String who, CarePackage p) {
        return api().retrieve(api().as(who, GET("/api/care-packages/" + p.id() + "/queries")), PackageQueries.class);
    }

    List<String> refusedFields(MutableHttpRequest<?> request) {
        HttpClientResponseException refusal = api().refusal(request);
        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        return Api.problemOf(refusal).errors().stream().map(Problem.FieldError::field).toList();
    }

    int messageCount(UUID queryId) {
        return number("select count(*) from package_query_message where query_id = ?", queryId);
    }

    /** The in-portal notifications of package messages about {@code p}, as the user reads them (in their language). */
    List<String> texts(String username, CarePackage p) {
        return api().retrieve(api().as(username, GET("/api/notifications")), Argument.listOf(Notification.class)).stream()
                .filter(n -> "PACKAGE_MESSAGE".equals(n.kind()) && p.id().equals(n.packageId())).map(Notification::text).toList();
    }

    List<String> emails(String username, CarePackage p) throws SQLException {
        return column("""
                select e.subject || ' ' || e.body from email_outbox e join notification n on n.id = e.notification_id
                  join app_user u on u.id = n.user_id where n.kind = 'PACKAGE_MESSAGE' and u.username = ? and n.package_id = ?""",
                username, p.id());
    }

    List<String> column(String query, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var db = connectDirectly(); var statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    String swanswellUser(UUID swanswell) {
        String username = "swanswell-staff@coventry.test";
        execute("""
                insert into app_user (username, display_name, password_hash, role, organisation_id)
                select ?, 'Swanswell Staff', password_hash, 'PROVIDER', ? from app_user where username = ?
                on conflict do nothing""", username, swanswell, SPON_END);
        return username;
    }

    UUID coventryZone(String code) {
        return id("select z.id from zone z join council c on c.id = z.council_id where c.code = 'coventry' and z.code = ?", code);
    }

    UUID lotOfZone(UUID zone) {
        return id("select id from lot where zone_id = ?", zone);
    }

    PackageForm packageForm(UUID zone, UUID lot) {
        return new PackageForm(zone, lot, Funding.COUNCIL, 600,
                new VisitPattern(2, 45, List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME), false, false),
                clock.today().plusDays(7), "Help with washing, dressing and meals after a hip replacement.", PERSON);
    }

    CarePackage draft(PackageForm form) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages", form)), CarePackage.class);
    }

    CarePackage publish(CarePackage draft) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + draft.id() + "/publish", "")), CarePackage.class);
    }

    static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate due = day;
        while (days > 0) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days--;
            }
        }
        return due;
    }
}
