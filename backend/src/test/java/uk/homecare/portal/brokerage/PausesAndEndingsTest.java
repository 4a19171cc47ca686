package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AdmissionForm;
import uk.homecare.portal.api.brokerage.CancelForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.ChangeKind;
import uk.homecare.portal.api.brokerage.ChangeState;
import uk.homecare.portal.api.brokerage.DischargeForm;
import uk.homecare.portal.api.brokerage.EndReason;
import uk.homecare.portal.api.brokerage.EndingForm;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageChange;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.RejectChangeForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

@MicronautTest(transactional = false)
class PausesAndEndingsTest extends BrokerageTest {

    @Inject
    HospitalHolds holds;

    @Test
    void a_confirmed_admission_suspends_the_package_with_its_provider_and_a_confirmed_discharge_resumes_it() {
        CarePackage awarded = awardedToSponEnd();
        assertThat(held(awarded).actions()).contains(PackageAction.REPORT_ADMISSION, PackageAction.REPORT_ENDING)
                .doesNotContain(PackageAction.REPORT_DISCHARGE);
        int commissionerToldBefore = told(COMMISSIONER, awarded);
        int providerToldBefore = told(SPON_END, awarded);

        PackageChange reported = api().retrieve(admission(awarded, today().minusDays(1)), PackageChange.class);

        assertThat(reported.state()).isEqualTo(ChangeState.AWAITING);
        assertThat(reported.kind()).isEqualTo(ChangeKind.ADMISSION);
        assertThat(show(awarded).status()).as("nothing changes before the council confirms").isEqualTo(PackageStatus.AWARDED);
        assertThat(show(awarded).actions()).contains(PackageAction.CONFIRM_CHANGE, PackageAction.REJECT_CHANGE)
                .doesNotContain(PackageAction.RESUME, PackageAction.END);
        assertThat(held(awarded).actions()).doesNotContain(PackageAction.REPORT_ADMISSION, PackageAction.REPORT_ENDING);
        assertThat(told(COMMISSIONER, awarded)).as("the commissioners are told").isEqualTo(commissionerToldBefore + 1);

        CarePackage suspended = confirm(awarded);

        assertThat(suspended.status()).isEqualTo(PackageStatus.SUSPENDED);
        assertThat(suspended.awardedProvider().name()).contains("Spon End");
        assertThat(suspended.actions()).contains(PackageAction.RESUME, PackageAction.END, PackageAction.CANCEL)
                .doesNotContain(PackageAction.REVIEW);
        assertThat(held(awarded).actions()).as("the provider still holds it").contains(PackageAction.REPORT_DISCHARGE,
                PackageAction.REPORT_ENDING).doesNotContain(PackageAction.REPORT_ADMISSION, PackageAction.HAND_BACK);
        assertThat(told(SPON_END, awarded)).as("the provider is told").isEqualTo(providerToldBefore + 1);

        api().retrieve(api().as(SPON_END, POST("/api/care-packages/" + awarded.id() + "/discharge", new DischargeForm(today()))),
                PackageChange.class);
        CarePackage resumed = confirm(awarded);

        assertThat(resumed.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(changes(awarded)).extracting(PackageChange::kind, PackageChange::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.ADMISSION, ChangeState.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.DISCHARGE, ChangeState.CONFIRMED));
        assertThat(history(awarded)).extracting(HistoryEntry::action)
                .endsWith("AWARDED", "ADMISSION_REPORTED", "SUSPENDED", "DISCHARGE_REPORTED", "RESUMED");
    }

    @Test
    void the_commissioner_resumes_a_suspended_package_directly_from_the_discharge_date() {
        CarePackage suspended = suspendedWithSponEnd();

        CarePackage resumed = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + suspended.id() + "/resume",
                new DischargeForm(today()))), CarePackage.class);

        assertThat(resumed.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(changes(suspended).getLast()).satisfies(change -> {
            assertThat(change.raisedByRole()).isEqualTo("COMMISSIONER");
            assertThat(change.state()).isEqualTo(ChangeState.CONFIRMED);
        });
        assertThat(history(suspended).getLast().action()).isEqualTo("RESUMED");
    }

    @Test
    void a_confirmed_ending_ends_the_package_for_good_and_nothing_but_reading_is_left() {
        CarePackage awarded = awardedToSponEnd();
        api().retrieve(ending(awarded, EndReason.RESIDENTIAL_CARE, today()), PackageChange.class);

        CarePackage ended = confirm(awarded);

        assertThat(ended.status()).isEqualTo(PackageStatus.ENDED);
        assertThat(ended.actions()).isEmpty();
        assertThat(history(awarded).getLast()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("ENDED");
            assertThat(entry.facts()).containsEntry("endReason", "RESIDENTIAL_CARE").containsEntry("endedOn", today().toString());
        });
        assertThat(carePackages(SPON_END)).noneMatch(p -> p.id().equals(awarded.id()));
        assertThat(status(admission(awarded, today()))).isEqualTo(409);
        assertThat(status(ending(awarded, EndReason.DEATH, today()))).isEqualTo(409);
        assertThat(status(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/resume", new DischargeForm(today())))))
                .isEqualTo(409);
        assertThat(status(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/cancel", new CancelForm("Too late")))))
                .isEqualTo(409);
        assertThat(status(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/change/confirm", "")))).isEqualTo(409);
        assertThat(show(awarded).status()).isEqualTo(PackageStatus.ENDED);
    }

    @Test
    void the_commissioner_ends_a_package_directly_and_the_provider_is_told() {
        CarePackage awarded = awardedToSponEnd();
        int providerToldBefore = told(SPON_END, awarded);

        CarePackage ended = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/end",
                new EndingForm(EndReason.DEATH, today().minusDays(2)))), CarePackage.class);

        assertThat(ended.status()).isEqualTo(PackageStatus.ENDED);
        assertThat(told(SPON_END, awarded)).isEqualTo(providerToldBefore + 1);
        assertThat(number("select count(*) from notification n join app_user u on u.id = n.user_id "
                + "where u.username = ? and n.message_key = 'package.change.recorded.ENDED'", SPON_END)).isPositive();
    }

    @Test
    void a_rejected_report_changes_nothing_and_the_provider_is_told_and_sees_why() {
        CarePackage awarded = awardedToSponEnd();
        api().retrieve(admission(awarded, today()), PackageChange.class);
        int providerToldBefore = told(SPON_END, awarded);

        CarePackage rejected = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/change/reject",
                new RejectChangeForm("The ward says the person was seen in outpatients only"))), CarePackage.class);

        assertThat(rejected.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(told(SPON_END, awarded)).isEqualTo(providerToldBefore + 1);
        assertThat(heldChanges(awarded).getLast()).satisfies(change -> {
            assertThat(change.state()).isEqualTo(ChangeState.REJECTED);
            assertThat(change.rejectionReason()).contains("outpatients");
        });
        assertThat(history(awarded).getLast().action()).isEqualTo("CHANGE_REJECTED");
        assertThat(held(awarded).actions()).as("the provider may report again").contains(PackageAction.REPORT_ADMISSION);
    }

    @Test
    void each_change_is_refused_from_a_state_where_it_makes_no_sense() {
        CarePackage offered = publishedInCentral();
        CarePackage awarded = awardedToSponEnd();

        assertThat(status(admission(offered, today()))).as("not awarded to anyone yet").isEqualTo(404);
        assertThat(status(api().as(SPON_END, POST("/api/care-packages/" + awarded.id() + "/discharge", new DischargeForm(today())))))
                .as("a discharge of a package in care").isEqualTo(409);
        assertThat(status(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/change/confirm", ""))))
                .as("nothing awaits").isEqualTo(409);
        assertThat(status(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/resume", new DischargeForm(today())))))
                .as("resume a package in care").isEqualTo(409);
        assertThat(status(api().as(COMMISSIONER, POST("/api/packages/" + offered.id() + "/end",
                new EndingForm(EndReason.PERSON_REQUESTED, today()))))).as("end a package not awarded").isEqualTo(409);

        api().retrieve(admission(awarded, today()), PackageChange.class);
        assertThat(status(ending(awarded, EndReason.DEATH, today()))).as("one thing awaits at a time").isEqualTo(409);
        assertThat(status(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/end",
                new EndingForm(EndReason.DEATH, today()))))).as("the council decides what awaits first").isEqualTo(409);
        confirm(awarded);
        assertThat(status(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/change/confirm", ""))))
                .as("confirmed twice").isEqualTo(409);
        assertThat(status(admission(awarded, today()))).as("admitted twice").isEqualTo(409);
        assertThat(history(awarded)).extracting(HistoryEntry::action).filteredOn("SUSPENDED"::equals).hasSize(1);
    }

    @Test
    void only_the_holding_provider_reports_only_the_councils_commissioner_decides_and_dates_are_checked() {
        CarePackage awarded = awardedToSponEnd();
        String stranger = providerUsers("Not the holder of it", 1).getFirst();

        assertThat(status(api().as(stranger, POST("/api/care-packages/" + awarded.id() + "/admission", new AdmissionForm(today())))))
                .isEqualTo(404);
        Problem future = Api.problemOf(api().refusal(admission(awarded, today().plusDays(1))));
        Problem tooOld = Api.problemOf(api().refusal(admission(awarded, today().minusDays(15))));
        assertThat(future.errors()).extracting(Problem.FieldError::field).containsExactly("admittedOn");
        assertThat(tooOld.errors()).extracting(Problem.FieldError::field).containsExactly("admittedOn");
        assertThat(tooOld.detail()).contains("14 days");

        api().retrieve(admission(awarded, today().minusDays(3)), PackageChange.class);
        assertThat(status(api().as(SPON_END, POST("/api/packages/" + awarded.id() + "/change/confirm", "")))).isEqualTo(403);
        assertThat(status(api().as(OTHER_COUNCIL, POST("/api/packages/" + awarded.id() + "/change/confirm", "")))).isEqualTo(404);
        assertThat(show(awarded).status()).isEqualTo(PackageStatus.AWARDED);
        confirm(awarded);

        Problem beforeAdmission = Api.problemOf(api().refusal(api().as(SPON_END, POST("/api/care-packages/" + awarded.id() + "/discharge",
                new DischargeForm(today().minusDays(4))))));
        assertThat(beforeAdmission.errors()).extracting(Problem.FieldError::field).containsExactly("dischargedOn");
        assertThat(number("select count(*) from package_change where package_id = ?", awarded.id())).isEqualTo(1);
    }

    @Test
    void the_person_and_their_carer_are_told_in_their_own_language_and_the_emails_name_nobody() {
        CarePackage awarded = awardedToSponEnd();
        UUID person = id("select person_id from care_package where id = ?", awarded.id());
        UUID council = id("select council_id from care_package where id = ?", awarded.id());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String serviceUser = "person-" + suffix + "@coventry.test";
        String carer = "carer-" + suffix + "@coventry.test";
        execute("""
                insert into app_user (username, display_name, password_hash, role, council_id, person_id, email, language)
                select ?, 'Ada', password_hash, 'SERVICE_USER', ?, ?, ?, 'en' from app_user where username = ?""",
                serviceUser, council, person, serviceUser, SPON_END);
        execute("""
                insert into app_user (username, display_name, password_hash, role, council_id, email, language)
                select ?, 'Carer', password_hash, 'CARER', ?, ?, 'cy' from app_user where username = ?""", carer, council, carer, SPON_END);
        execute("insert into carer_consent (carer_id, person_id, starts_on) select id, ?, ?::date from app_user where username = ?",
                person, today().minusDays(30), carer);

        api().retrieve(admission(awarded, today()), PackageChange.class);
        confirm(awarded);

        assertThat(texts(serviceUser)).singleElement().asString().contains("Spon End").contains("paused");
        assertThat(texts(carer)).singleElement().asString().contains("Spon End").contains("oedi");
        List<String> mails = strings(
                "select subject || ' ' || body from email_outbox where to_address in (?, ?)", serviceUser, carer);
        assertThat(mails).hasSize(2).noneMatch(mail -> mail.contains("Ada") || mail.contains("Quennell") || mail.contains("hospital"));
    }

    @Test
    void when_the_hold_period_passes_the_council_and_the_provider_are_told_once_and_the_package_stays_suspended() {
        CarePackage suspended = suspendedWithSponEnd();
        int commissionerToldBefore = told(COMMISSIONER, suspended);
        int providerToldBefore = told(SPON_END, suspended);

        clock.advance(Duration.ofDays(13));
        holds.tellPassed(today(), clock.instant());
        assertThat(holdsPassed(suspended)).as("within the hold period").isZero();
        clock.advance(Duration.ofDays(1));
        holds.tellPassed(today(), clock.instant());
        holds.tellPassed(today(), clock.instant());

        assertThat(holdsPassed(suspended)).as("told once").isEqualTo(1);
        assertThat(told(COMMISSIONER, suspended)).isEqualTo(commissionerToldBefore + 1);
        assertThat(told(SPON_END, suspended)).isEqualTo(providerToldBefore + 1);
        assertThat(show(suspended).status()).isEqualTo(PackageStatus.SUSPENDED);
        assertThat(history(suspended).getLast()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("HOLD_PERIOD_PASSED");
            assertThat(entry.role()).isEqualTo("SYSTEM");
        });
    }

    @Test
    void the_councils_admin_sets_the_hold_period_in_the_councils_settings_and_the_job_follows_it() {
        CarePackage suspended = suspendedWithSponEnd();
        String admin = "admin@coventry.demo";
        var settings = api().retrieve(api().as(admin, GET("/api/council/settings")), uk.homecare.portal.api.council.CouncilSettings.class);
        assertThat(settings.hospitalHoldDays()).isEqualTo(14);
        var tooLong = api().refusal(api().as(admin, io.micronaut.http.HttpRequest.PUT("/api/council/settings", withHold(settings, 91))));
        assertThat(Api.problemOf(tooLong).errors()).extracting(Problem.FieldError::field).containsExactly("hospitalHoldDays");

        var changed = api().retrieve(api().as(admin, io.micronaut.http.HttpRequest.PUT("/api/council/settings", withHold(settings, 3))),
                uk.homecare.portal.api.council.CouncilSettings.class);
        try {
            assertThat(changed.hospitalHoldDays()).isEqualTo(3);
            clock.advance(Duration.ofDays(3));
            holds.tellPassed(today(), clock.instant());
            assertThat(holdsPassed(suspended)).isEqualTo(1);
            assertThat(show(suspended).status()).isEqualTo(PackageStatus.SUSPENDED);
        } finally {
            execute("update council set hospital_hold_days = 14 where code = 'coventry'");
        }
    }

    static uk.homecare.portal.api.council.CouncilSettings withHold(uk.homecare.portal.api.council.CouncilSettings s, int days) {
        return new uk.homecare.portal.api.council.CouncilSettings(s.minVisitMinutes(), s.primaryWindowMinutes(), s.secondaryWindowMinutes(),
                s.openWindowMinutes(), s.openStageRule(), s.handBackNoticeDays(), s.language(), s.mfaRequired(), s.emailSenderName(),
                s.version(), null, days);
    }

    @Test
    void an_ending_ends_the_persons_hours_plan_with_the_provider_and_cancels_sessions_booked_after_it() {
        CarePackage awarded = awardedToSponEnd();
        UUID person = id("select person_id from care_package where id = ?", awarded.id());
        execute("delete from hours_plan_change where plan_id in (select id from hours_plan where person_id = ?)", person);
        execute("delete from hours_plan where person_id = ? and not exists (select 1 from hours_booking b where b.plan_id = hours_plan.id)", person);
        LocalDate monday = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        execute("""
                insert into hours_plan (council_id, person_id, provider_id, weekly_minutes, starts_on)
                select p.council_id, p.person_id, p.awarded_provider_id, 300, ?::date from care_package p where p.id = ?""",
                monday, awarded.id());

        api().retrieve(ending(awarded, EndReason.PERSON_REQUESTED, today().minusDays(1)), PackageChange.class);
        confirm(awarded);

        assertThat(strings("select ends_on::text from hours_plan where person_id = ?", person))
                .as("the plan ends today: the bank is not rewritten backwards").containsExactly(today().toString());
        assertThat(number("""
                select count(*) from audit_event where action = 'HOURS_PLAN_ENDED'
                   and entity_id = (select id from hours_plan where person_id = ?)""", person)).isEqualTo(1);
        assertThat(history(awarded).getLast().facts()).containsEntry("hoursPlanEnded", "true");
    }

    @Test
    void two_reports_at_once_make_one_and_a_confirmation_racing_a_rejection_lets_exactly_one_win() throws Exception {
        CarePackage awarded = awardedToSponEnd();

        List<Integer> reports = race(List.of(admission(awarded, today()), ending(awarded, EndReason.DEATH, today())));
        assertThat(reports).containsExactlyInAnyOrder(200, 409);
        assertThat(number("select count(*) from package_change where package_id = ?", awarded.id())).isEqualTo(1);

        List<Integer> decisions = race(List.of(
                api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/change/confirm", "")),
                api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/change/reject", new RejectChangeForm("Not so")))));
        assertThat(decisions).containsExactlyInAnyOrder(200, 409);
        assertThat(number("select count(*) from package_change where package_id = ? and state <> 'AWAITING'", awarded.id())).isEqualTo(1);
        assertThat(number("""
                select count(*) from audit_event where entity_id = ? and action in ('SUSPENDED', 'ENDED', 'CHANGE_REJECTED')""",
                awarded.id())).isEqualTo(1);
    }

    @Test
    void a_chc_packages_partner_hears_it_suspended_resumed_and_ended_with_the_reason_code_only() {
        UUID zone = coventryZone("CENTRAL");
        var form = new uk.homecare.portal.api.chc.ChcPackageForm(id("select id from council where code = 'coventry'"), zone, null, 900,
                new uk.homecare.portal.api.brokerage.VisitPattern(2, 45, List.of(uk.homecare.portal.api.brokerage.TimeOfDay.MORNING,
                        uk.homecare.portal.api.brokerage.TimeOfDay.EVENING), false, false),
                today().plusDays(10), "Hoist transfers and PEG feeding.", HAROLD, "ICB-PAUSE-" + UUID.randomUUID(), null);
        var placed = api().retrieve(POST("/api/chc/packages", form).bearerAuth(api().partnerToken())
                .header("Idempotency-Key", UUID.randomUUID().toString()), uk.homecare.portal.api.chc.ChcPackage.class);
        CarePackage p = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + placed.id())), CarePackage.class);
        accept(SPON_END, offerFor(SPON_END, p));

        api().retrieve(admission(p, today()), PackageChange.class);
        confirm(p);
        api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + p.id() + "/resume", new DischargeForm(today()))), CarePackage.class);
        api().retrieve(ending(p, EndReason.DEATH, today()), PackageChange.class);
        confirm(p);

        List<uk.homecare.portal.api.chc.PartnerEvent> events = new java.util.ArrayList<>();
        String cursor = null;
        while (true) {
            var page = api().retrieve(GET("/api/chc/events?limit=1000" + (cursor == null ? "" : "&after=" + cursor))
                    .bearerAuth(api().partnerToken()), uk.homecare.portal.api.chc.EventPage.class);
            events.addAll(page.events());
            if (page.events().isEmpty() || page.nextCursor() == null || page.nextCursor().equals(cursor)) {
                break;
            }
            cursor = page.nextCursor();
        }
        var mine = events.stream().filter(e -> e.packageId().equals(p.id())).toList();
        assertThat(mine).extracting(uk.homecare.portal.api.chc.PartnerEvent::type)
                .endsWith("package.awarded", "package.suspended", "package.resumed", "package.ended");
        assertThat(mine.getLast().reason()).isEqualTo(EndReason.DEATH);
        assertThat(mine.getLast().status()).isEqualTo(PackageStatus.ENDED);
        assertThat(mine).filteredOn(e -> !e.type().equals("package.ended")).allSatisfy(e -> assertThat(e.reason()).isNull());

        List<HistoryEntry> history = api().retrieve(GET("/api/chc/packages/" + p.id() + "/history").bearerAuth(api().partnerToken()),
                Argument.listOf(HistoryEntry.class));
        assertThat(history).extracting(HistoryEntry::action).containsSubsequence("AWARDED", "SUSPENDED", "RESUMED", "ENDED")
                .doesNotContain("ADMISSION_REPORTED", "ENDING_REPORTED");
        assertThat(history.getLast().facts()).containsEntry("endReason", "DEATH");
    }

    CarePackage awardedToSponEnd() {
        CarePackage published = publishedInCentral();
        accept(SPON_END, offerFor(SPON_END, published));
        return show(published);
    }

    CarePackage suspendedWithSponEnd() {
        CarePackage awarded = awardedToSponEnd();
        api().retrieve(admission(awarded, today()), PackageChange.class);
        return confirm(awarded);
    }

    MutableHttpRequest<AdmissionForm> admission(CarePackage p, LocalDate on) {
        return api().as(SPON_END, POST("/api/care-packages/" + p.id() + "/admission", new AdmissionForm(on)));
    }

    MutableHttpRequest<EndingForm> ending(CarePackage p, EndReason reason, LocalDate on) {
        return api().as(SPON_END, POST("/api/care-packages/" + p.id() + "/ending", new EndingForm(reason, on)));
    }

    CarePackage confirm(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + p.id() + "/change/confirm", "")), CarePackage.class);
    }

    CarePackage held(CarePackage p) {
        return carePackages(SPON_END).stream().filter(c -> c.id().equals(p.id())).findFirst().orElseThrow();
    }

    List<CarePackage> carePackages(String provider) {
        return api().retrieve(api().as(provider, GET("/api/care-packages")), Argument.listOf(CarePackage.class));
    }

    List<PackageChange> changes(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/changes")), Argument.listOf(PackageChange.class));
    }

    List<PackageChange> heldChanges(CarePackage p) {
        return api().retrieve(api().as(SPON_END, GET("/api/care-packages/" + p.id() + "/changes")), Argument.listOf(PackageChange.class));
    }

    List<HistoryEntry> history(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class));
    }

    int status(MutableHttpRequest<?> request) {
        try {
            return api().exchange(request, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    int holdsPassed(CarePackage p) {
        return number("select count(*) from audit_event where entity_id = ? and action = 'HOLD_PERIOD_PASSED'", p.id());
    }

    /** Sends the requests at once, each from its own thread; their statuses in the same order. */
    List<Integer> race(List<? extends MutableHttpRequest<?>> requests) throws Exception {
        List<java.util.concurrent.Callable<Integer>> calls = requests.stream()
                .<java.util.concurrent.Callable<Integer>>map(request -> () -> status(request)).toList();
        List<Integer> statuses = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(requests.size())) {
            for (var answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
        }
        return statuses;
    }

    List<String> strings(String query, Object... parameters) {
        try (var connection = connectDirectly(); var statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    int told(String username, CarePackage p) {
        return number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where u.username = ? and n.kind = 'PACKAGE_CHANGE' and n.package_id = ?""", username, p.id());
    }

    List<String> texts(String username) {
        return api().retrieve(api().as(username, GET("/api/notifications")), Argument.listOf(uk.homecare.portal.api.brokerage.Notification.class))
                .stream().map(uk.homecare.portal.api.brokerage.Notification::text).toList();
    }
}
