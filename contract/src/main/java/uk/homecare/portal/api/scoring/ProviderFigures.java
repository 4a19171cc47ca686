package uk.homecare.portal.api.scoring;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A provider's performance with one council over a period, from this portal: offers it answered (accepted, bid, declined
 * or let lapse) and of those accepted or bid on; packages awarded to it and hand-back notices it gave; visits it recorded,
 * of those late (started more than the visits' tolerance after the planned start) and missed; the weeks it was due to
 * report capacity (registered with the council, the week begun) and those it reported.
 */
@Serdeable
public record ProviderFigures(
        int offersAnswered,
        int offersAccepted,
        int awards,
        int handBacks,
        int visitsRecorded,
        int visitsLate,
        int visitsMissed,
        int capacityWeeksDue,
        int capacityWeeksReported) {

    /** Nothing happened. */
    public static final ProviderFigures NONE = new ProviderFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** These and the other's, added. */
    public ProviderFigures plus(ProviderFigures other) {
        return new ProviderFigures(offersAnswered + other.offersAnswered, offersAccepted + other.offersAccepted,
                awards + other.awards, handBacks + other.handBacks, visitsRecorded + other.visitsRecorded,
                visitsLate + other.visitsLate, visitsMissed + other.visitsMissed, capacityWeeksDue + other.capacityWeeksDue,
                capacityWeeksReported + other.capacityWeeksReported);
    }
}
