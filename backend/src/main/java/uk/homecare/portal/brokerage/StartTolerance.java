package uk.homecare.portal.brokerage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;

/**
 * When a provider may propose to start a package: not before the requested start (nor before today, if
 * that has passed), and at most the council's start tolerance after it. An acceptance outside is refused,
 * saying the latest allowed date, since it would win at once with nobody to agree a later start. A bid
 * may propose a later start, up to {@link #LIMIT_DAYS} after the requested start: it is marked with the
 * days beyond the tolerance, and only the commissioner's award of it accepts that later start.
 */
record StartTolerance(LocalDate requestedStart, LocalDate today, int toleranceDays) {

    /** The latest a bid may propose, in days after the earliest start: the longest tolerance a council may set. */
    static final int LIMIT_DAYS = BrokeragePolicy.MAX_START_TOLERANCE_DAYS;

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The earliest start a provider may propose: the requested start, or today once that has passed. */
    LocalDate earliest() {
        return requestedStart.isBefore(today) ? today : requestedStart;
    }

    /** The latest start a provider may propose without the commissioner's acceptance. */
    LocalDate latest() {
        return earliest().plusDays(toleranceDays);
    }

    /** The latest start a bid may propose at all, for the commissioner to accept or not. */
    LocalDate limit() {
        return earliest().plusDays(LIMIT_DAYS);
    }

    /** How many days beyond the tolerance the start is; 0 within it. */
    int lateDays(LocalDate proposedStart) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(latest(), proposedStart));
    }

    /**
     * Refuses an acceptance outside the tolerance, naming the field and the dates allowed; the refusal of a later
     * start says it may be proposed as a bid ({@code bidNow}: in this stage, else once the package opens for bids).
     */
    void checkAcceptance(String field, LocalDate proposedStart, boolean bidNow) {
        checkNotEarly(field, proposedStart);
        if (proposedStart.isAfter(latest())) {
            throw BrokerageProblems.invalid(field, bidNow ? "brokerage.start.beyond-tolerance.bid-instead"
                    : "brokerage.start.beyond-tolerance.bid-later", IN_WORDS.format(latest()), latest(), toleranceDays);
        }
    }

    /** Refuses a bid's start outside the hard limit; answers how many days beyond the tolerance it is (0 within it). */
    int checkBid(String field, LocalDate proposedStart) {
        checkNotEarly(field, proposedStart);
        if (proposedStart.isAfter(limit())) {
            throw BrokerageProblems.invalid(field, "brokerage.start.beyond-limit", IN_WORDS.format(limit()), limit(), LIMIT_DAYS);
        }
        return lateDays(proposedStart);
    }

    private void checkNotEarly(String field, LocalDate proposedStart) {
        if (proposedStart.isBefore(today)) {
            throw BrokerageProblems.invalid(field, "brokerage.start.past");
        }
        if (proposedStart.isBefore(earliest())) {
            throw BrokerageProblems.invalid(field, "brokerage.start.before-requested", IN_WORDS.format(earliest()), earliest());
        }
    }
}
