package uk.homecare.portal.brokerage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import uk.homecare.portal.api.brokerage.PackageTerms;

/**
 * The rules of a variation, apart from the database: new terms start today or later (today is allowed: care that must
 * change at once, after a fall say, should not wait a day), they must differ from the terms in force, the provider has
 * the council's whole days to answer, and accepted terms are in force from their date.
 */
final class VariationPolicy {

    private VariationPolicy() {}

    static void checkStarts(LocalDate effectiveFrom, LocalDate today) {
        if (effectiveFrom.isBefore(today)) {
            throw BrokerageProblems.invalid("effectiveFrom", "brokerage.variation.past");
        }
    }

    static void checkChanges(PackageTerms inForce, PackageTerms proposed) {
        if (inForce.equals(proposed)) {
            throw BrokerageProblems.invalid("weeklyMinutes", "brokerage.variation.same");
        }
    }

    /** When the provider's answer is due: {@code days} whole days after the proposal. */
    static Instant respondBy(Instant proposedAt, int days) {
        return proposedAt.plus(Duration.ofDays(days));
    }

    /** A proposal not answered by its time has lapsed, whether or not the job has marked it yet. */
    static boolean lapsed(Instant respondBy, Instant now) {
        return !now.isBefore(respondBy);
    }

    /** Accepted terms are the package's once their date has come. */
    static boolean inForce(LocalDate effectiveFrom, LocalDate today) {
        return !effectiveFrom.isAfter(today);
    }
}
