package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The hours bank's draw order, stated once. A session on a day draws from the lots usable that day (from
 * their week's Monday to their fourth Sunday, not expired, with minutes left), the one that expires first
 * first, as much from each as it has; when they hold less than the session needs, nothing is drawn and the
 * refusal says the most that can be used that day. Giving back returns minutes to the lots a booking drew
 * from, the one that expires last first. {@link LotDraws} reads the lots and moves the minutes by these
 * rules, and {@code DrawOrderAgreesWithTheSqlTest} checks on generated lots that its SQL picks the lots this does.
 */
final class DrawOrder {

    /** A lot as the rules see it. */
    record Lot(UUID id, LocalDate usableFrom, LocalDate usableUntil, int remainingMinutes, boolean expired) {

        boolean usableOn(LocalDate day) {
            return !expired && remainingMinutes > 0 && !day.isBefore(usableFrom) && !day.isAfter(usableUntil);
        }
    }

    /** Minutes taken from a lot, or given back to it. */
    record Take(UUID lot, int minutes) {}

    /** What a booking still holds of a lot: the minutes it drew from it, less those it gave back. */
    record Held(UUID lot, LocalDate usableUntil, int minutes) {}

    /** A session's draw: the minutes taken from each lot, or a refusal. */
    sealed interface Draw permits Drawn, Refused {}

    record Drawn(List<Take> takes) implements Draw {}

    record Refused(int mostThatDay) implements Draw {}

    private static final Comparator<Lot> EXPIRING_FIRST = Comparator.comparing(Lot::usableUntil).thenComparing(Lot::usableFrom);

    private DrawOrder() {}

    /** The lots a session on {@code day} draws from, in the order it draws from them. */
    static List<Lot> usableOn(Collection<Lot> lots, LocalDate day) {
        return lots.stream().filter(lot -> lot.usableOn(day)).sorted(EXPIRING_FIRST).toList();
    }

    static Draw draw(Collection<Lot> lots, LocalDate day, int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("A session draws at least a minute, not " + minutes);
        }
        List<Lot> usable = usableOn(lots, day);
        int most = usable.stream().mapToInt(Lot::remainingMinutes).sum();
        if (most < minutes) {
            return new Refused(most);
        }
        List<Take> takes = new ArrayList<>();
        int left = minutes;
        for (Lot lot : usable) {
            if (left == 0) {
                break;
            }
            int taken = Math.min(left, lot.remainingMinutes());
            takes.add(new Take(lot.id(), taken));
            left -= taken;
        }
        return new Drawn(List.copyOf(takes));
    }

    /** Gives back {@code minutes} of what a booking holds (all of it when null), to the lot that expires last first. */
    static List<Take> giveBack(Collection<Held> held, @Nullable Integer minutes) {
        List<Take> takes = new ArrayList<>();
        int left = minutes == null ? Integer.MAX_VALUE : minutes;
        for (Held lot : held.stream().sorted(Comparator.comparing(Held::usableUntil).reversed()).toList()) {
            int back = Math.min(left, lot.minutes());
            if (back <= 0) {
                continue;
            }
            takes.add(new Take(lot.lot(), back));
            left -= back;
        }
        return List.copyOf(takes);
    }
}
