package uk.homecare.portal.payments;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.payments.PaymentLine;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleAction;
import uk.homecare.portal.api.payments.PaymentStatus;
import uk.homecare.portal.api.payments.Remittance;
import uk.homecare.portal.api.payments.Resolution;
import uk.homecare.portal.testing.Api;

@MicronautTest
class ReviewingPaymentSchedulesTest extends PaymentsTest {

    @Test
    void the_council_approves_an_exception_as_computed_or_adjusts_its_paid_minutes_with_a_reason() {
        LocalDate start = period(8);
        rates(start);
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        UUID longer = visit(plain, start.plusDays(1), 30, 50, 1);
        UUID missed = missedVisit(plain, start.plusDays(2));
        PaymentSchedule schedule = built(provider, start);

        PaymentSchedule approved = api().retrieve(approve(schedule.id(), lineOf(schedule, longer).id()), PaymentSchedule.class);
        PaymentSchedule adjusted = api().retrieve(adjust(schedule.id(), lineOf(schedule, missed).id(), 15, null,
                "Cancelled at the door: 15 minutes paid"), PaymentSchedule.class);

        PaymentLine approvedLine = lineOf(approved, longer);
        assertThat(approvedLine.resolution()).isEqualTo(Resolution.APPROVED);
        assertThat(approvedLine.approvedAmountPence()).isEqualTo(byHand(50, FIRST_RATE));
        PaymentLine adjustedLine = lineOf(adjusted, missed);
        assertThat(adjustedLine.resolution()).isEqualTo(Resolution.ADJUSTED);
        assertThat(adjustedLine.approvedMinutes()).isEqualTo(15);
        assertThat(adjustedLine.approvedAmountPence()).isEqualTo(byHand(15, FIRST_RATE));
        assertThat(adjustedLine.resolutionReason()).isEqualTo("Cancelled at the door: 15 minutes paid");
        assertThat(adjusted.openExceptions()).isZero();
        assertThat(adjusted.totalPence()).isEqualTo(byHand(50, FIRST_RATE) + byHand(15, FIRST_RATE));
        assertThat(adjusted.actions()).contains(PaymentScheduleAction.FINALISE);
        assertThat(number("select count(*) from audit_event where entity_id = ? and action in ('PAYMENT_LINE_APPROVED', 'PAYMENT_LINE_ADJUSTED')",
                schedule.id())).isEqualTo(2);
    }

    @Test
    void a_line_without_a_rate_is_adjusted_with_the_rate_to_pay_and_a_line_without_an_exception_is_not_reviewed() {
        LocalDate start = period(13);
        rates(start);
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        UUID fine = visit(plain, start.plusDays(1), 30, 30, 1);
        execute("delete from rate where council_id = ? and service_type = 'SHORT_BREAKS'", council("bridgend"));
        PaymentSchedule schedule = built(provider, start);
        execute("update payment_line set rate_pence = null, rate_source = null, exception = 'NO_RATE', amount_pence = 0,"
                + " approved_minutes = null, approved_rate_pence = null, approved_amount_pence = null where schedule_id = ?", schedule.id());
        UUID line = lineOf(schedule, fine).id();

        assertThat(Api.problemOf(api().refusal(adjust(schedule.id(), line, 30, null, "Rate agreed by phone"))).errors())
                .extracting("field").containsExactly("hourlyRatePence");
        PaymentSchedule adjusted = api().retrieve(adjust(schedule.id(), line, 30, 2000, "Rate agreed by phone"), PaymentSchedule.class);

        assertThat(lineOf(adjusted, fine).approvedAmountPence()).isEqualTo(1000L);
        assertThat(lineOf(adjusted, fine).approvedRatePence()).isEqualTo(2000);
        UUID other = newProvider();
        Held otherPackage = heldPackage(other, "COUNCIL", false, false);
        UUID plainVisit = visit(otherPackage, start.plusDays(1), 30, 30, 1);
        PaymentSchedule plainSchedule = built(other, start);
        assertThat(status(approve(plainSchedule.id(), lineOf(plainSchedule, plainVisit).id()))).isEqualTo(409);
        assertThat(status(approve(plainSchedule.id(), line))).as("a line of another schedule").isEqualTo(400);
    }

    @Test
    void finalising_is_refused_while_an_exception_is_unresolved_and_changes_nothing() {
        LocalDate start = period(17);
        rates(start);
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        visit(plain, start.plusDays(1), 30, 30, 1);
        UUID missed = missedVisit(plain, start.plusDays(2));
        PaymentSchedule schedule = built(provider, start);

        var refusal = api().refusal(finalise(COMMISSIONER, schedule.id()));

        assertThat(refusal.getStatus().getCode()).isEqualTo(409);
        assertThat(schedule(COMMISSIONER, schedule.id())).isEqualTo(schedule);
        api().retrieve(approve(schedule.id(), lineOf(schedule, missed).id()), PaymentSchedule.class);
        PaymentSchedule finalised = api().retrieve(finalise(COMMISSIONER, schedule.id()), PaymentSchedule.class);
        assertThat(finalised.status()).isEqualTo(PaymentStatus.FINAL);
        assertThat(finalised.totalPence()).isEqualTo(byHand(30, FIRST_RATE));
        assertThat(finalised.actions()).containsExactly(PaymentScheduleAction.ADD_CORRECTION);
    }

    @Test
    void a_finalised_schedule_cannot_change_through_the_api_or_underneath_it_and_corrections_are_new_lines() {
        LocalDate start = period(21);
        rates(start);
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        visit(plain, start.plusDays(1), 30, 30, 1);
        UUID missed = missedVisit(plain, start.plusDays(2));
        PaymentSchedule schedule = built(provider, start);
        UUID missedLine = lineOf(schedule, missed).id();
        api().retrieve(approve(schedule.id(), missedLine), PaymentSchedule.class);
        PaymentSchedule finalised = api().retrieve(finalise(COMMISSIONER, schedule.id()), PaymentSchedule.class);

        assertThat(status(approve(schedule.id(), missedLine))).isEqualTo(409);
        assertThat(status(adjust(schedule.id(), missedLine, 30, null, "Paid after all"))).isEqualTo(409);
        assertThat(status(finalise(COMMISSIONER, schedule.id()))).isEqualTo(409);
        assertThat(status(build(COMMISSIONER, provider, start))).isEqualTo(409);
        assertThat(schedule(COMMISSIONER, schedule.id())).isEqualTo(finalised);

        assertThatThrownBy(() -> execute("update payment_line set approved_amount_pence = 99999 where schedule_id = ?", schedule.id()))
                .hasMessageContaining("final");
        assertThatThrownBy(() -> execute("delete from payment_line where schedule_id = ?", schedule.id())).hasMessageContaining("final");
        UUID extra = visit(plain, start.plusDays(3), 30, 30, 1);
        assertThatThrownBy(() -> execute("""
                insert into payment_line (schedule_id, council_id, visit_id, package_id, visit_date, last_visit_date, planned_minutes,
                                          actual_minutes, carers_present, carers_commissioned, missed, service_type, paid_minutes,
                                          amount_pence, approved_amount_pence)
                select ?, council_id, id, package_id, visit_date, visit_date, 30, 30, 1, 1, false, 'DOMICILIARY', 30, 1175, 1175
                  from visit_actual where id = ?""", schedule.id(), extra)).hasMessageContaining("final");
        assertThatThrownBy(() -> execute("update payment_schedule set lines_total_pence = 1 where id = ?", schedule.id()))
                .hasMessageContaining("final");
        assertThatThrownBy(() -> execute("update payment_schedule set status = 'DRAFT' where id = ?", schedule.id()))
                .hasMessageContaining("final");
        assertThatThrownBy(() -> execute("delete from payment_schedule where id = ?", schedule.id())).hasMessageContaining("final");
        assertThat(schedule(COMMISSIONER, schedule.id())).isEqualTo(finalised);

        PaymentSchedule corrected = api().retrieve(correct(schedule.id(), -250, "Visit on day 2 was 10 minutes short"),
                PaymentSchedule.class);
        assertThat(corrected.lines()).isEqualTo(finalised.lines());
        assertThat(corrected.linesTotalPence()).isEqualTo(finalised.linesTotalPence());
        assertThat(corrected.corrections()).singleElement().satisfies(correction -> assertThat(correction.amountPence()).isEqualTo(-250));
        assertThat(corrected.totalPence()).isEqualTo(finalised.totalPence() - 250);
        assertThatThrownBy(() -> execute("update payment_correction set amount_pence = 1 where schedule_id = ?", schedule.id()))
                .hasMessageContaining("never changed");
        assertThat(Api.problemOf(api().refusal(correct(schedule.id(), 0, "Nothing"))).errors()).extracting("field")
                .containsExactly("amountPence");

        UUID other = newProvider();
        visit(heldPackage(other, "COUNCIL", false, false), start.plusDays(1), 30, 30, 1);
        PaymentSchedule draft = built(other, start);
        assertThat(status(correct(draft.id(), 100, "Too early"))).as("a draft is adjusted, not corrected").isEqualTo(409);
    }

    @Test
    void the_export_has_a_header_and_one_row_per_line_and_correction_with_no_person_named() {
        LocalDate start = period(25);
        rates(start);
        UUID provider = newProvider();
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        UUID first = visit(plain, start.plusDays(1), 30, 31, 1);
        UUID second = visit(plain, start.plusDays(16), 45, 45, 1);
        PaymentSchedule schedule = built(provider, start);
        api().retrieve(finalise(COMMISSIONER, schedule.id()), PaymentSchedule.class);
        api().retrieve(correct(schedule.id(), 175, "Mileage agreed"), PaymentSchedule.class);

        String csv = export(COMMISSIONER, schedule.id());

        List<String> rows = csv.lines().toList();
        assertThat(rows.getFirst()).isEqualTo(FinanceExport.HEADER);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).isEqualTo(String.join(",", schedule.id().toString(), "FINAL", provider.toString(),
                schedule.providerName(), start.toString(), start.plusDays(27).toString(), "LINE", lineOf(schedule, first).id().toString(),
                plain.reference(), start.plusDays(1).toString(), "DOMICILIARY", "31", String.valueOf(FIRST_RATE),
                String.valueOf(byHand(31, FIRST_RATE)), "", "", start.plusDays(1).toString(), "1"));
        assertThat(rows.get(2)).contains(",LINE," + lineOf(schedule, second).id() + ",", ",45," + SECOND_RATE + "," + byHand(45, SECOND_RATE));
        assertThat(rows.get(3)).contains(",CORRECTION,").endsWith(",175,,,,");
        assertThat(csv).doesNotContain("Gwen").doesNotContain("Payment");
        assertThat(status(api().as(OTHER_COMMISSIONER, GET("/api/payment-schedules/" + schedule.id() + "/export")))).isEqualTo(404);
    }

    @Test
    void a_provider_sees_only_its_own_final_schedules_as_remittances_is_told_once_final_and_another_council_sees_nothing() {
        LocalDate start = period(30);
        rates(start);
        UUID provider = organisationOf(PROVIDER);
        Held plain = heldPackage(provider, "COUNCIL", false, false);
        visit(plain, start.plusDays(1), 30, 30, 1);
        PaymentSchedule draft = built(provider, start);
        UUID other = newProvider();
        visit(heldPackage(other, "COUNCIL", false, false), start.plusDays(1), 30, 30, 1);
        PaymentSchedule othersSchedule = built(other, start);
        api().retrieve(finalise(COMMISSIONER, othersSchedule.id()), PaymentSchedule.class);

        assertThat(remittances(PROVIDER)).extracting(Remittance::id).doesNotContain(draft.id(), othersSchedule.id());
        assertThat(status(api().as(PROVIDER, GET("/api/remittances/" + draft.id())))).isEqualTo(404);
        assertThat(status(api().as(PROVIDER, GET("/api/remittances/" + othersSchedule.id())))).isEqualTo(404);
        assertThat(status(api().as(PROVIDER, GET("/api/payment-schedules/" + draft.id())))).isEqualTo(403);

        api().retrieve(finalise(COMMISSIONER, draft.id()), PaymentSchedule.class);

        assertThat(remittances(PROVIDER)).extracting(Remittance::id).containsExactly(draft.id());
        Remittance remittance = remittance(PROVIDER, draft.id());
        assertThat(remittance.totalPence()).isEqualTo(byHand(30, FIRST_RATE));
        assertThat(remittance.lines()).singleElement().satisfies(line -> {
            assertThat(line.packageReference()).isEqualTo(plain.reference());
            assertThat(line.visitDate()).isEqualTo(start.plusDays(1));
        });
        assertThat(number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where u.username = ? and n.kind = 'REMITTANCE_FINAL'""", PROVIDER)).isEqualTo(1);
        assertThat(number("""
                select count(*) from email_outbox e join notification n on n.id = e.notification_id join app_user u on u.id = n.user_id
                 where u.username = ? and n.kind = 'REMITTANCE_FINAL' and e.body not like '%' || ? || '%'""",
                PROVIDER, String.valueOf(remittance.totalPence()))).isEqualTo(number("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                 where u.username = ? and n.kind = 'REMITTANCE_FINAL' and u.email is not null""", PROVIDER));
        assertThat(remittances(OTHER_PROVIDER)).isEmpty();
        assertThat(status(api().as(OTHER_PROVIDER, GET("/api/remittances/" + draft.id())))).isEqualTo(404);
        assertThat(schedules(OTHER_COMMISSIONER)).isEmpty();
        assertThat(status(api().as(OTHER_COMMISSIONER, GET("/api/payment-schedules/" + draft.id())))).isEqualTo(404);
        assertThat(status(finalise(OTHER_COMMISSIONER, draft.id()))).isEqualTo(404);
    }
}
