package uk.homecare.portal.reference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.FrameworkForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.problem.PortalProblem;

/** A council's framework agreements and their terms. Names are unique within a council. */
@Singleton
class FrameworkCatalogue {

    private static final UUID NONE = new UUID(0, 0);

    private final Frameworks frameworks;
    private final AuditTrail audit;

    FrameworkCatalogue(Frameworks frameworks, AuditTrail audit) {
        this.frameworks = frameworks;
        this.audit = audit;
    }

    List<Framework> list(Actor actor) {
        return frameworks.findByCouncilIdOrderByStartsOnDesc(actor.homeCouncil()).stream().map(FrameworkRow::toApi).toList();
    }

    FrameworkRow find(Actor actor, UUID id) {
        return frameworks.findByIdAndCouncilId(id, actor.homeCouncil()).orElseThrow(() -> ReferenceProblems.notFound("framework"));
    }

    @Transactional
    Framework add(Actor actor, FrameworkForm form) {
        UUID council = actor.homeCouncil();
        String name = form.name().trim();
        refuseTakenName(council, name, NONE);
        FrameworkRow saved = frameworks.save(new FrameworkRow(
                null, council, name, form.startsOn(), form.initialTermMonths(), form.extensionMonths(), 0));
        audit.record(actor, council, AuditAction.FRAMEWORK_ADDED, "framework", saved.id(), Map.of("name", name));
        return saved.toApi();
    }

    @Transactional
    Framework change(Actor actor, UUID id, FrameworkForm form) {
        UUID council = actor.homeCouncil();
        find(actor, id);
        int version = ReferenceProblems.requireVersion(form.version());
        String name = form.name().trim();
        refuseTakenName(council, name, id);
        if (frameworks.update(id, council, version, name, form.startsOn(), form.initialTermMonths(), form.extensionMonths()) == 0) {
            throw ReferenceProblems.stale();
        }
        audit.record(actor, council, AuditAction.FRAMEWORK_CHANGED, "framework", id, Map.of(
                "name", name, "startsOn", form.startsOn().toString(),
                "initialTermMonths", form.initialTermMonths(), "extensionMonths", form.extensionMonths()));
        return find(actor, id).toApi();
    }

    private void refuseTakenName(UUID council, String name, UUID id) {
        if (frameworks.nameTakenByAnother(council, name, id)) {
            throw PortalProblem.invalid("name", "Another framework of your council already has this name.");
        }
    }
}
