package uk.homecare.portal.api.outcomes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/**
 * The outcomes of a council over the months {@code from} to {@code to} (inclusive): the months in it that have a
 * snapshot, every figure of the first of them against the last ({@code firstMonth}, {@code lastMonth}; null when the
 * period has no snapshot), each snapshot's figures by month for the charts ({@code series}), and the commissioners' notes
 * on periods overlapping it. The figures are the snapshots', as they were when each was taken.
 */
@Serdeable
public record OutcomeReport(
        NamedRef council,
        @Schema(example = "2025-01") String from,
        @Schema(example = "2026-01") String to,
        List<String> months,
        @Nullable String firstMonth,
        @Nullable String lastMonth,
        List<OutcomeLine> lines,
        List<OutcomeSeries> series,
        List<OutcomeNote> notes) {}
