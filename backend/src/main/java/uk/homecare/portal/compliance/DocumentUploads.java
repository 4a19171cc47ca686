package uk.homecare.portal.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.compliance.ComplianceOperations;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * A provider's staff upload a document of a type: the file (at most 5 MB) must be a PDF, PNG or JPEG by its first bytes
 * as well as by its declared type, the expiry date is required for insurance and the data security toolkit and must be
 * after today. The upload becomes the provider's current document of its type, superseding the one before (kept as
 * history). Uploads of one provider and type happen one at a time (a transaction-scoped advisory lock).
 */
@Singleton
class DocumentUploads {

    private static final int MOST_NAME = 100;

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentUploads(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ComplianceDocument upload(Actor actor, String contentType, ComplianceDocumentType type, @Nullable LocalDate expiresOn,
            @Nullable String fileName, byte[] file) {
        UUID provider = actor.homeOrganisation();
        LocalDate today = UkTime.today(clock);
        FileKind kind = checkedKind(contentType, file);
        if (type.expiryRequired() && expiresOn == null) {
            throw PortalProblem.invalid("expiresOn", Problems.message("compliance.upload.expiry-required"));
        }
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            throw PortalProblem.invalid("expiresOn", Problems.message("compliance.upload.expiry-past"));
        }
        Instant now = clock.instant();
        sql.one("select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> true, "compliance_document:" + provider + ":" + type);
        Optional<UUID> previous = sql.one("""
                select id from compliance_document where provider_id = ? and type = ? and superseded_by is null""",
                DocumentRows::uuid, provider, type);
        UUID id = UUID.randomUUID();
        previous.ifPresent(old -> sql.update("update compliance_document set superseded_by = ?, superseded_at = ? where id = ?", id, now, old));
        sql.update("""
                insert into compliance_document (id, provider_id, type, expires_on, file_name, media_type, size_bytes, sha256, content,
                                                 uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, provider, type, expiresOn, safeName(fileName, type, kind),
                kind.mediaType(), file.length, sha256(file), file, actor.id(), now);
        Map<String, Object> details = new HashMap<>();
        details.put("type", type.name());
        details.put("mediaType", kind.mediaType());
        details.put("sizeBytes", file.length);
        details.put("expiresOn", expiresOn == null ? "" : expiresOn.toString());
        details.put("supersedes", previous.map(UUID::toString).orElse(""));
        audit.record(actor, null, AuditAction.COMPLIANCE_DOCUMENT_UPLOADED, "compliance_document", id, details);
        return DocumentRows.list(sql, actor, today, " where d.id = ?", id).getFirst();
    }

    /** The file's kind: declared and by content alike, one of PDF, PNG and JPEG; 413 over the limit, 400 empty, 415/422 otherwise. */
    private static FileKind checkedKind(String contentType, byte[] file) {
        if (file.length > ComplianceOperations.MOST_BYTES) {
            throw PortalProblem.tooLarge("file", Problems.message("compliance.upload.too-large", ComplianceOperations.MOST_BYTES / (1024 * 1024)));
        }
        if (file.length == 0) {
            throw PortalProblem.invalid("file", Problems.message("compliance.upload.empty"));
        }
        FileKind declared = FileKind.declared(contentType).orElseThrow(() ->
                PortalProblem.unprocessable(ProblemType.UNSUPPORTED_MEDIA_TYPE, "file", Problems.message("compliance.upload.type")));
        FileKind actual = FileKind.of(file).orElse(null);
        if (actual != declared) {
            throw PortalProblem.unprocessable(ProblemType.INVALID_INPUT, "file",
                    Problems.message("compliance.upload.content-differs", declared.extension().toUpperCase(Locale.ROOT)));
        }
        return actual;
    }

    /**
     * A name safe to offer in a download: the last part of what was given, letters, digits, spaces, dots, dashes and
     * underscores only, at most 100 characters, ending with the extension of the file's kind.
     */
    static String safeName(@Nullable String given, ComplianceDocumentType type, FileKind kind) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9 ._-]", "_").strip();
        name = name.replaceAll("^[.]+", "");
        String extension = "." + kind.extension();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean hasExtension = lower.endsWith(extension) || (kind == FileKind.JPEG && lower.endsWith(".jpeg"));
        if (name.isBlank()) {
            name = type.name().toLowerCase(Locale.ROOT).replace('_', '-');
            hasExtension = false;
        }
        if (!hasExtension) {
            name = name.length() > MOST_NAME - extension.length() ? name.substring(0, MOST_NAME - extension.length()) : name;
            return name + extension;
        }
        return name.length() > MOST_NAME ? name.substring(0, MOST_NAME - extension.length()) + extension : name;
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
