package uk.homecare.portal.kpis;

import java.util.List;

/**
 * A report as CSV (RFC 4180): every field quoted, quotes doubled, lines ended CRLF. A cell a spreadsheet would take for a
 * formula (starting = + - @, a tab or a carriage return: a zone or provider's name could) starts with a single quote
 * instead, so opening the export runs nothing.
 */
final class KpiCsv {

    private KpiCsv() {}

    static String of(List<KpiLines.Line> lines) {
        StringBuilder csv = new StringBuilder(64 * (lines.size() + 1));
        line(csv, KpiLines.HEADER);
        lines.forEach(line -> line(csv, line.cells()));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell, quoted, defused if a spreadsheet would run it. */
    static String cell(String value) {
        return '"' + defused(value).replace("\"", "\"\"") + '"';
    }

    /** The text, with a single quote before it when a spreadsheet would take it for a formula. */
    static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
