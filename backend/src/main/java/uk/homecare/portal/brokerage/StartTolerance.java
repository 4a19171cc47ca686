package uk.homecare.portal.brokerage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a provider may propose to start a package: not before the requested start (nor before today, if
 * that has passed), and at most the council's start tolerance after it. A start outside is refused,
 * saying the latest allowed date; a later start is never awarded on a provider's word alone.
 */
record StartTolerance(LocalDate requestedStart, LocalDate today, int toleranceDays) {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The earliest start a provider may propose: the requested start, or today once that has passed. */
    LocalDate earliest() {
        return requestedStart.isBefore(today) ? today : requestedStart;
    }

    /** The latest start a provider may propose. */
    LocalDate latest() {
        return earliest().plusDays(toleranceDays);
    }

    /** Refuses a proposed start outside the tolerance, naming the field and the dates allowed. */
    void check(String field, LocalDate proposedStart) {
        if (proposedStart.isBefore(today)) {
            throw BrokerageProblems.invalid(field, "brokerage.start.past");
        }
        if (proposedStart.isBefore(earliest())) {
            throw BrokerageProblems.invalid(field, "brokerage.start.before-requested", IN_WORDS.format(earliest()), earliest());
        }
        if (proposedStart.isAfter(latest())) {
            throw BrokerageProblems.invalid(field, "brokerage.start.beyond-tolerance", IN_WORDS.format(latest()), latest(), toleranceDays);
        }
    }
}
