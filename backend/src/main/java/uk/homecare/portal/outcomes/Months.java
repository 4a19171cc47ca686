package uk.homecare.portal.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.outcomes.OutcomeOperations;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** UK calendar months as the API writes them ({@code yyyy-MM}), read and checked, each refusal naming its field. */
final class Months {

    /** The first month a snapshot or note may be for. */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    /** A period of months, first and last included. */
    record Period(YearMonth from, YearMonth to) {}

    private Months() {}

    /** The month the text names, or a refusal naming {@code field}. */
    static YearMonth parse(String field, String text) {
        if (text == null || !text.matches(OutcomeOperations.MONTH)) {
            throw PortalProblem.invalid(field, Problems.message("outcomes.month.format"));
        }
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.isBefore(EARLIEST)) {
                throw PortalProblem.invalid(field, Problems.message("outcomes.month.early", EARLIEST.toString()));
            }
            return month;
        } catch (DateTimeParseException e) {
            throw PortalProblem.invalid(field, Problems.message("outcomes.month.format"));
        }
    }

    /** A month that has ended by {@code today} (UK), or a refusal naming {@code field}. */
    static YearMonth ended(String field, String text, LocalDate today) {
        YearMonth month = parse(field, text);
        if (!month.isBefore(YearMonth.from(today))) {
            throw PortalProblem.invalid(field, Problems.message("outcomes.month.not-ended"));
        }
        return month;
    }

    /** The month just ended on {@code today} (UK): the one the monthly jobs take. */
    static YearMonth justEnded(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    /**
     * The period asked for: by default the month just ended, and the twelve months before it as the first month (so the
     * report compares a month with the same month a year before: "12 months after").
     */
    static Period period(@Nullable String from, @Nullable String to, LocalDate today) {
        YearMonth last = to == null || to.isBlank() ? justEnded(today) : parse("to", to);
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(12) : parse("from", from);
        if (first.isAfter(last)) {
            throw PortalProblem.invalid("to", Problems.message("outcomes.period.order"));
        }
        if (first.plusMonths(OutcomeOperations.MAX_MONTHS - 1L).isBefore(last)) {
            throw PortalProblem.invalid("to", Problems.message("outcomes.period.long", OutcomeOperations.MAX_MONTHS));
        }
        return new Period(first, last);
    }
}
