package uk.homecare.portal.brokerage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;

/**
 * The cascade's rules, stated once: the order of its stages, how long each waits for an answer, and when
 * a stage ends before its window does. Publishing and passing on decide with it; {@link Cascade}'s
 * set-based statement moves lapsed and handed-back packages by the same rules in SQL, and
 * {@code CascadePolicyAgreesWithTheSqlTest} checks on generated packages that the two agree.
 */
final class CascadePolicy {

    /** The stages a package is offered in, in order. */
    private static final List<PackageStatus> STAGES = List.of(PackageStatus.PRIMARY, PackageStatus.SECONDARY, PackageStatus.OPEN);

    /** Which tiers hold the package's lot: its PRIMARY provider, its SECONDARY provider, framework providers. */
    record Holders(boolean primary, boolean secondary, boolean framework) {

        /** Whether anyone is offered the stage: OPEN goes to every provider on the lot, whatever its tier. */
        boolean anyoneIn(PackageStatus stage) {
            return switch (stage) {
                case PRIMARY -> primary;
                case SECONDARY -> secondary;
                case OPEN -> primary || secondary || framework;
                default -> throw new IllegalArgumentException(stage + " is not a stage of the cascade");
            };
        }
    }

    /** A council's response windows, in minutes. */
    record Windows(int primaryMinutes, int secondaryMinutes, int openMinutes) {

        /** A council that has not set its own. */
        static final Windows DEFAULT = of(BrokeragePolicies.DEFAULT);

        static Windows of(BrokeragePolicy policy) {
            return new Windows(policy.primaryWindowMinutes(), policy.secondaryWindowMinutes(), policy.openWindowMinutes());
        }
    }

    /** Whether an answer ends its stage before the window closes, and why. */
    enum EarlyEnd { NOT_YET, DECLINED, EVERYONE_ANSWERED }

    private CascadePolicy() {}

    /**
     * Where a package goes from {@code from}: a new round starts at the first stage anyone holds, PRIMARY
     * moves to the next stage anyone holds after it, and so does SECONDARY; a package nobody is left to be
     * offered to is UNALLOCATED. OPEN ends in REVIEW when there are bids and UNALLOCATED when there are none.
     */
    static PackageStatus next(PackageStatus from, Holders holders, boolean bids) {
        return switch (from) {
            case DRAFT, UNALLOCATED, AWARDED -> firstHeldFrom(PackageStatus.PRIMARY, holders);
            case PRIMARY -> firstHeldFrom(PackageStatus.SECONDARY, holders);
            case SECONDARY -> firstHeldFrom(PackageStatus.OPEN, holders);
            case OPEN -> bids ? PackageStatus.REVIEW : PackageStatus.UNALLOCATED;
            case REVIEW, CANCELLED, SUSPENDED, ENDED -> throw new IllegalArgumentException("The cascade does not move a package in " + from);
        };
    }

    /** When a stage entered at {@code start} stops waiting for answers; REVIEW and UNALLOCATED wait for nobody. */
    static Optional<Instant> windowEnd(PackageStatus stage, Instant start, Windows windows) {
        Integer minutes = switch (stage) {
            case PRIMARY -> windows.primaryMinutes();
            case SECONDARY -> windows.secondaryMinutes();
            case OPEN -> windows.openMinutes();
            default -> null;
        };
        return Optional.ofNullable(minutes).map(m -> start.plus(Duration.ofMinutes(m)));
    }

    /** A window is closed from the instant it ends: a pending offer lapses then, and an answer is too late. */
    static boolean windowHasClosed(Instant windowEnd, Instant now) {
        return !now.isBefore(windowEnd);
    }

    /**
     * After an answer that does not award the package: in PRIMARY and SECONDARY, which are offered to one
     * provider each, that answer is a decline and the stage ends at once; OPEN ends once nobody it was
     * offered to is still to answer ({@code someoneStillToAnswer} is asked only then).
     */
    static EarlyEnd afterAnswer(OfferStage stage, BooleanSupplier someoneStillToAnswer) {
        if (stage != OfferStage.OPEN) {
            return EarlyEnd.DECLINED;
        }
        return someoneStillToAnswer.getAsBoolean() ? EarlyEnd.NOT_YET : EarlyEnd.EVERYONE_ANSWERED;
    }

    private static PackageStatus firstHeldFrom(PackageStatus stage, Holders holders) {
        return STAGES.subList(STAGES.indexOf(stage), STAGES.size()).stream()
                .filter(holders::anyoneIn)
                .findFirst()
                .orElse(PackageStatus.UNALLOCATED);
    }
}
