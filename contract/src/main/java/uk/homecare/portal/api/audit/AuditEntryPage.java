package uk.homecare.portal.api.audit;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of the audit trail's entries the filter found, newest first. {@code page} counts from 0;
 * {@code total} is how many entries the filter found.
 */
@Serdeable
public record AuditEntryPage(
        List<AuditEntry> items,
        @Schema(example = "0") int page,
        @Schema(example = "50") int size,
        @Schema(example = "1234") long total) {}
