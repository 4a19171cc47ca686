package uk.homecare.portal.hoursbank;

import uk.homecare.portal.platform.problem.Problems;

/**
 * Minutes as people write them, in the request's language: "2 hours 30 minutes", "45 munud", "minus 1 hour".
 * The statement's CSV keeps the minutes as a number beside them, for spreadsheets.
 */
final class HoursInWords {

    private HoursInWords() {}

    static String of(int minutes) {
        if (minutes < 0) {
            return Problems.message("statement.duration.less", of(-minutes));
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return Problems.message("statement.duration.minutes", rest);
        }
        String whole = Problems.message("statement.duration.hours", hours);
        return rest == 0 ? whole : Problems.message("statement.duration.hoursMinutes", whole, Problems.message("statement.duration.minutes", rest));
    }
}
