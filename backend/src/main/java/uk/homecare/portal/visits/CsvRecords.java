package uk.homecare.portal.visits;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF or LF, a field in double quotes may hold commas,
 * line breaks and doubled quotes; a UTF-8 byte order mark before the first field is skipped. Each record keeps the
 * line of the file it starts on (1 for the header), so a refusal can name it. The regulators' ratings import
 * (quality.RatingsFile) reads its files with it too.
 */
public final class CsvRecords {

    /** One record: the line it starts on and its fields, as written (quotes taken off). */
    public record Record(int line, List<String> fields) {

        public boolean blank() {
            return fields.size() == 1 && fields.getFirst().isBlank();
        }
    }

    /** A quote left open at the end of the file, opened on this line. */
    public static final class Unclosed extends RuntimeException {
        public final int line;

        Unclosed(int line) {
            super("unclosed quote", null, false, false);
            this.line = line;
        }
    }

    private CsvRecords() {}

    public static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        int line = 1;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int recordLine = 1;
        boolean quoted = false;
        int quoteLine = 0;
        boolean any = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        break;
                    }
                    field.append(c);
                }
                case '\n' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    records.add(new Record(recordLine, List.copyOf(fields)));
                    fields.clear();
                    line++;
                    recordLine = line;
                    any = false;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
            i++;
        }
        if (quoted) {
            throw new Unclosed(quoteLine);
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
