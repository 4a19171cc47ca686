package uk.homecare.portal.visits;

import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.visits.EcmImportReport;
import uk.homecare.portal.platform.Sql;

/** The files a provider imported, by the SHA-256 of their bytes: once per provider and file. */
@Singleton
class EcmImportLog {

    private final Sql sql;

    EcmImportLog(Sql sql) {
        this.sql = sql;
    }

    /** The report of this provider's earlier import of the same file, if there was one. */
    Optional<EcmImportReport> earlier(UUID provider, String sha256) {
        return sql.one("select id, rows_imported, imported_at from visit_import where provider_id = ? and file_sha256 = ?",
                row -> new EcmImportReport(uuid(row, "id"), sha256, true, true, row.getInt("rows_imported"), row.getInt("rows_imported"),
                        instant(row, "imported_at"), List.of()), provider, sha256);
    }

    /** Claims the file for this import; empty when another import of it committed first (it waits for one in flight). */
    Optional<UUID> claim(UUID provider, String sha256, int rows, String username, Instant now) {
        return sql.one("""
                insert into visit_import (provider_id, file_sha256, rows_imported, imported_by, imported_at) values (?, ?, ?, ?, ?)
                on conflict (provider_id, file_sha256) do nothing returning id""",
                row -> uuid(row, "id"), provider, sha256, rows, username, now);
    }
}
