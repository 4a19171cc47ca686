package uk.homecare.portal.hoursbank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a statement of a person's hours says, in the language it is written in: whose and which council's, the
 * period, the balance at its start, every movement of the period, the balance at its end, and the hours left
 * today with the last day each may be used.
 */
record Statement(Locale language, String person, String council, LocalDate from, LocalDate to, LocalDate today,
                 int opening, List<Movement> movements, List<Expiring> expiring) {

    /** One ledger entry: when, its kind (CREDIT, BOOKING, ...), signed minutes, the week of its lot, the session's day, who. */
    record Movement(Instant at, String kind, int minutes, LocalDate weekOf, @Nullable LocalDate sessionDate,
                    String actorName, @Nullable String actingForName) {}

    /** Minutes of the lot of the week starting {@code weekOf} left today, usable until the end of {@code lastDay}. */
    record Expiring(LocalDate lastDay, int minutes, LocalDate weekOf) {}

    int closing() {
        return opening + movements.stream().mapToInt(Movement::minutes).sum();
    }
}
