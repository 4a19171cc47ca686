package uk.homecare.portal.api.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A required document that does not count on the day asked about, and why; {@code expiresOn} when it expired. */
@Serdeable
public record ComplianceGap(ComplianceDocumentType type, ComplianceGapReason reason, @Nullable LocalDate expiresOn) {}
