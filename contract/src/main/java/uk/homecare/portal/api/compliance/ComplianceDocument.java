package uk.homecare.portal.api.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One uploaded document of a provider. {@code expired}: its expiry date is on or before the day asked about (the
 * expiry date is the first day it no longer counts). {@code current}: the provider's latest of its type; an older one
 * is history. {@code decidedByCouncil}: the council whose commissioner verified or rejected it (verification is shared
 * by every council the provider works with).
 */
@Serdeable
public record ComplianceDocument(
        UUID id,
        UUID providerId,
        ComplianceDocumentType type,
        ComplianceDocumentStatus status,
        @Nullable LocalDate expiresOn,
        boolean expired,
        boolean current,
        String fileName,
        String mediaType,
        long sizeBytes,
        Instant uploadedAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedByCouncil,
        @Nullable String rejectionReason,
        List<ComplianceDocumentAction> actions) {}
