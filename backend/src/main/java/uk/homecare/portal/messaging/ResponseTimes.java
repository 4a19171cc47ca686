package uk.homecare.portal.messaging;

import java.time.DayOfWeek;
import java.time.LocalDate;
import uk.homecare.portal.api.messaging.QueryType;

/**
 * When an answer is due: the type's number of working days (Monday to Friday; bank holidays are not known to the
 * portal, so they count as working days) after the UK day the query was asked or asked again. A query is overdue
 * from the day after that.
 */
final class ResponseTimes {

    private ResponseTimes() {}

    static LocalDate dueOn(QueryType type, LocalDate askedOn) {
        LocalDate day = askedOn;
        int left = type.responseWorkingDays();
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
