package uk.homecare.portal.council;

import java.util.List;
import java.util.Objects;
import uk.homecare.portal.api.audit.AuditEntry;

/**
 * Audit entries as CSV (RFC 4180): every field quoted, quotes doubled, lines ended CRLF. A cell a
 * spreadsheet would take for a formula (starting = + - @, a tab or a carriage return) starts with a
 * single quote instead, so opening the export runs nothing.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("id", "occurred_at", "actor", "actor_role", "action", "entity_type", "entity_id",
            "acting_for", "details");

    private AuditCsv() {}

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(128 * (entries.size() + 1));
        line(csv, HEADER);
        for (AuditEntry entry : entries) {
            line(csv, List.of(Long.toString(entry.id()), entry.occurredAt().toString(), entry.actor(), entry.actorRole(), entry.action(),
                    entry.entityType(), text(entry.entityId()), text(entry.actingFor()), entry.details()));
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(Objects.requireNonNullElse(cells.get(i), "")));
        }
        csv.append("\r\n");
    }

    /** One cell, quoted, defused if a spreadsheet would run it. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
