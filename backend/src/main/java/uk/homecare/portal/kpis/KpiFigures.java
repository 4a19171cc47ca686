package uk.homecare.portal.kpis;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Use case: a council's key performance indicators for a period of UK days as plain figures (section, measure, grouping,
 * group, whole-number value), the figures of the CSV export without its lines saying what the report is for; for whoever
 * keeps figures beside the KPI report (the outcomes package's monthly snapshots).
 */
@Singleton
public class KpiFigures {

    /** One figure, as a line of the KPI CSV export. */
    public record Figure(String section, String measure, String by, String group, long value) {}

    private final KpiQueries queries;

    KpiFigures(KpiQueries queries) {
        this.queries = queries;
    }

    /** The whole council's figures for the UK days {@code [from, to)}; {@code today} as the KPI report takes it. */
    public List<Figure> of(UUID council, LocalDate from, LocalDate to, LocalDate today) {
        return KpiLines.of(queries.report(KpiFilter.of(council, from, to, null, null, null, today))).stream()
                .filter(line -> line.value() instanceof Long)
                .map(line -> new Figure(line.section(), line.measure(), line.by(), line.group(), (Long) line.value()))
                .toList();
    }
}
