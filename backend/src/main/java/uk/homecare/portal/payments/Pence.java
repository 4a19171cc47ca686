package uk.homecare.portal.payments;

/** Money arithmetic in integer pence: never floating point. */
final class Pence {

    private Pence() {}

    /** What {@code minutes} at {@code hourlyPence} an hour come to, rounded half up to a whole penny. */
    static long forMinutes(long minutes, long hourlyPence) {
        return Math.floorDiv(Math.multiplyExact(minutes, hourlyPence) + 30, 60);
    }
}
