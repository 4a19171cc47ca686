package uk.homecare.portal.reference;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotProvider;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.problem.PortalProblem;

/** The lots of a council's frameworks and the providers holding them: one primary, one secondary, any number more. */
@Singleton
class LotCatalogue {

    private static final UUID NONE = new UUID(0, 0);

    private final Lots lots;
    private final Zones zones;
    private final FrameworkCatalogue frameworks;
    private final AuditTrail audit;
    private final Clock clock;

    LotCatalogue(Lots lots, Zones zones, FrameworkCatalogue frameworks, AuditTrail audit, Clock clock) {
        this.lots = lots;
        this.zones = zones;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    List<Lot> list(Actor actor, UUID frameworkId) {
        frameworks.find(actor, frameworkId);
        return describe(lots.findByFrameworkIdAndCouncilIdOrderByName(frameworkId, actor.homeCouncil()), actor.homeCouncil());
    }

    @Transactional
    Lot add(Actor actor, UUID frameworkId, LotForm form) {
        UUID council = actor.homeCouncil();
        frameworks.find(actor, frameworkId);
        LotShapePolicy.check(form, council, zones);
        refuseTakenName(frameworkId, form.name().trim(), NONE);
        LotRow saved = lots.save(new LotRow(null, council, frameworkId, form.name().trim(), form.kind(), form.zoneId(),
                form.serviceCategory(), form.minWeeklyMinutes(), form.maxWeeklyMinutes(), form.priceCompetition(), 0));
        audit.record(actor, council, AuditAction.LOT_ADDED, "lot", saved.id(), Map.of("name", saved.name(), "framework", frameworkId));
        return describe(saved, council);
    }

    @Transactional
    Lot change(Actor actor, UUID id, LotForm form) {
        UUID council = actor.homeCouncil();
        LotRow current = find(council, id);
        int version = ReferenceProblems.requireVersion(form.version());
        LotShapePolicy.check(form, council, zones);
        refuseTakenName(current.frameworkId(), form.name().trim(), id);
        long changed = lots.update(id, council, version, form.name().trim(), form.kind().name(), form.zoneId(),
                form.serviceCategory().name(), form.minWeeklyMinutes(), form.maxWeeklyMinutes(), form.priceCompetition());
        if (changed == 0) {
            throw ReferenceProblems.stale();
        }
        audit.record(actor, council, AuditAction.LOT_CHANGED, "lot", id, Map.of("name", form.name().trim()));
        return describe(find(council, id), council);
    }

    @Transactional
    Lot placeProvider(Actor actor, UUID id, LotProviderForm form) {
        UUID council = actor.homeCouncil();
        LotRow lot = find(council, id);
        if (!lots.providerContractedTo(form.providerId(), council, UkTime.today(clock))) {
            throw PortalProblem.invalid("providerId",
                    "This provider is not registered with your council: your council's administrator registers it under Providers first.");
        }
        if (form.tier() != LotTier.FRAMEWORK && lots.tierHeldByAnother(id, form.tier().name(), form.providerId())) {
            throw PortalProblem.conflict("This lot already has a " + form.tier().name().toLowerCase()
                    + " provider. Move that provider to another tier or remove it first.");
        }
        try {
            lots.place(id, form.providerId(), form.tier().name());
        } catch (DataAccessException e) {
            throw PortalProblem.conflict("Another change to this lot's providers came first. Reload and try again.");
        }
        audit.record(actor, council, AuditAction.LOT_PROVIDER_PLACED, "lot", id, Map.of("provider", form.providerId(), "tier", form.tier()));
        return describe(lot, council);
    }

    @Transactional
    Lot removeProvider(Actor actor, UUID id, UUID providerId) {
        UUID council = actor.homeCouncil();
        LotRow lot = find(council, id);
        if (lots.remove(id, providerId) == 0) {
            throw PortalProblem.notFound("This provider does not hold this lot.");
        }
        audit.record(actor, council, AuditAction.LOT_PROVIDER_REMOVED, "lot", id, Map.of("provider", providerId));
        return describe(lot, council);
    }

    private LotRow find(UUID council, UUID id) {
        return lots.findByIdAndCouncilId(id, council).orElseThrow(() -> ReferenceProblems.notFound("lot"));
    }

    private void refuseTakenName(UUID frameworkId, String name, UUID id) {
        if (lots.nameTakenByAnother(frameworkId, name, id)) {
            throw PortalProblem.invalid("name", "Another lot of this framework already has this name.");
        }
    }

    private Lot describe(LotRow lot, UUID council) {
        return describe(List.of(lot), council).getFirst();
    }

    private List<Lot> describe(List<LotRow> rows, UUID council) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> zoneNames = zones.findByCouncilIdOrderByName(council).stream()
                .collect(Collectors.toMap(ZoneRow::id, ZoneRow::name));
        Map<UUID, List<LotProvider>> holders = lots.holders(rows.stream().map(LotRow::id).toList()).stream()
                .collect(Collectors.groupingBy(Lots.Holder::lotId, Collectors.mapping(
                        h -> new LotProvider(h.providerId(), h.providerName(), h.tier()), Collectors.toList())));
        return rows.stream()
                .map(r -> r.toApi(r.zoneId() == null ? null : zoneNames.get(r.zoneId()), holders.getOrDefault(r.id(), List.of())))
                .toList();
    }

}
