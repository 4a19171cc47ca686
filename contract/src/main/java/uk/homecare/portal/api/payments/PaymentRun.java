package uk.homecare.portal.api.payments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The schedules one build made for a period, one per provider with visits to pay ({@code built}, without their lines),
 * and the schedules already there that overlap the period, whose providers it left alone ({@code overlapping}).
 */
@Serdeable
public record PaymentRun(LocalDate periodStart, LocalDate periodEnd, List<PaymentSchedule> built, List<PaymentSchedule> overlapping) {}
