package uk.homecare.portal.equality;

import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.equality.EqualityReport;
import uk.homecare.portal.api.equality.EqualityRow;
import uk.homecare.portal.api.equality.EqualityTable;
import uk.homecare.portal.api.equality.Figure;

/**
 * The equality report as CSV (RFC 4180, every field quoted, CRLF): what it is for, then one line a group (the population
 * first, as group ALL of by ALL), a suppressed count "&lt;5", a withheld one "*", nothing to measure empty. Only what the
 * JSON shows: suppressed values never reach the server's answer. A cell that starts like a formula is defused.
 */
final class EqualityCsv {

    static final List<String> HEADER = List.of("by", "group", "people", "packages", "awarded", "median_minutes_to_award",
            "unallocated", "unallocated_percent", "handed_back");

    private EqualityCsv() {}

    static String of(EqualityReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of("report", "council", report.council().name()));
        line(csv, List.of("report", "from", report.from().toString()));
        line(csv, List.of("report", "to_exclusive", report.to().toString()));
        line(csv, List.of("report", "as_at", report.asAt().toString()));
        line(csv, List.of("report", "policy", report.policy()));
        line(csv, HEADER);
        line(csv, cells("ALL", report.population()));
        for (EqualityTable table : report.tables()) {
            for (EqualityRow row : table.rows()) {
                line(csv, cells(table.by().name(), row));
            }
        }
        return csv.toString();
    }

    private static List<String> cells(String by, EqualityRow row) {
        List<String> cells = new ArrayList<>(List.of(by, row.group()));
        for (Figure figure : List.of(row.people(), row.packages(), row.awarded(), row.medianMinutesToAward(), row.unallocated(),
                row.unallocatedPercent(), row.handedBack())) {
            cells.add(text(figure));
        }
        return cells;
    }

    /** "<5" for a small count, "*" for a withheld one, the number, or empty when there is nothing to measure. */
    static String text(Figure figure) {
        return switch (figure.suppression()) {
            case SMALL -> "<5";
            case SECONDARY, DERIVED -> "*";
            case NONE -> figure.value() == null ? "" : figure.value().toString();
        };
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String value = cells.get(i);
            String defused = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
            csv.append('"').append(defused.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
