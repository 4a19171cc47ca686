package uk.homecare.portal.reference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.problem.PortalProblem;

/** A council's zones: list, add, rename, redraw, retire. Codes are unique within a council. */
@Singleton
class ZoneCatalogue {

    private final Zones zones;
    private final AuditTrail audit;

    ZoneCatalogue(Zones zones, AuditTrail audit) {
        this.zones = zones;
        this.audit = audit;
    }

    List<Zone> list(Actor actor) {
        return zones.findByCouncilIdOrderByName(actor.homeCouncil()).stream().map(ZoneRow::toApi).toList();
    }

    @Transactional
    Zone add(Actor actor, ZoneForm form) {
        UUID council = actor.homeCouncil();
        String code = form.code().trim().toUpperCase();
        if (zones.codeTakenByAnother(council, code, new UUID(0, 0))) {
            throw ReferenceProblems.codeTaken();
        }
        ZoneRow saved = zones.save(new ZoneRow(null, council, code, form.name().trim(), form.kind(), form.retiredOn(), 0));
        audit.record(actor, council, AuditAction.ZONE_ADDED, "zone", saved.id(), Map.of("code", code, "name", saved.name()));
        return saved.toApi();
    }

    @Transactional
    Zone change(Actor actor, UUID id, ZoneForm form) {
        UUID council = actor.homeCouncil();
        ZoneRow current = zones.findByIdAndCouncilId(id, council).orElseThrow(() -> ReferenceProblems.notFound("zone"));
        int version = ReferenceProblems.requireVersion(form.version());
        String code = form.code().trim().toUpperCase();
        if (zones.codeTakenByAnother(council, code, id)) {
            throw ReferenceProblems.codeTaken();
        }
        if (zones.update(id, council, version, code, form.name().trim(), form.kind().name(), form.retiredOn()) == 0) {
            throw ReferenceProblems.stale();
        }
        audit.record(actor, council, AuditAction.ZONE_CHANGED, "zone", id,
                Map.of("from", current.toApi().toString(), "code", code, "name", form.name().trim()));
        return zones.findByIdAndCouncilId(id, council).orElseThrow().toApi();
    }
}
