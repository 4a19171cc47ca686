package uk.homecare.portal.visits;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.visits.EcmImportReport;
import uk.homecare.portal.api.visits.VisitSource;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;

/**
 * The one transaction of a validated file: claims the file (so two identical uploads racing import once), writes
 * every visit in one statement, delivers the bookings visits name, and audits the import once per council. Any
 * refusal on the way ({@link VisitStore.Refused}) rolls all of it back.
 */
@Singleton
class EcmImportWriting {

    private final EcmImportLog log;
    private final VisitStore store;
    private final AuditTrail audit;

    EcmImportWriting(EcmImportLog log, VisitStore store, AuditTrail audit) {
        this.log = log;
        this.store = store;
        this.audit = audit;
    }

    /** The new import's report, or empty when the same file was imported meanwhile (the caller answers that one's). */
    @Transactional
    Optional<EcmImportReport> write(Actor actor, String sha256, List<VisitLine> visits, Instant now) {
        UUID provider = actor.homeOrganisation();
        Optional<UUID> claimed = log.claim(provider, sha256, visits.size(), actor.username(), now);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        UUID importId = claimed.get();
        store.write(actor, visits, VisitSource.ECM, importId, now);
        Map<UUID, Long> byCouncil = visits.stream().collect(Collectors.groupingBy(v -> v.held().councilId(), Collectors.counting()));
        byCouncil.forEach((council, count) -> audit.record(actor, council, AuditAction.VISITS_IMPORTED, "visit_import", importId,
                Map.of("visits", count, "fileSha256", sha256)));
        return Optional.of(new EcmImportReport(importId, sha256, true, false, visits.size(), visits.size(), now, List.of()));
    }
}
