package uk.homecare.portal.chc;

import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.chc.ChcCancelForm;
import uk.homecare.portal.api.chc.ChcChangeForm;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.brokerage.PackagePlacement;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.person.Postcode;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;

/**
 * Use cases of an NHS partner system: place a CHC package (idempotently: the same Idempotency-Key and
 * body return the first result, even when retries race; the same key with another body is refused),
 * follow it, change its hours or start before award, and cancel it. A partner sees only the packages it
 * placed, in the councils it serves.
 */
@Singleton
public class ChcPackages {

    /** The package, and whether this answer is the stored answer to an earlier request with the same key. */
    public record Placement(ChcPackage chcPackage, boolean replayed) {}

    static final String SELECT = """
            select p.id, p.reference, p.partner_reference, p.status, p.council_id, c.name as council_name,
                   p.zone_id, z.name as zone_name, p.lot_id, l.name as lot_name, p.weekly_minutes, p.start_date,
                   p.stage_ends_at, p.awarded_provider_id, ap.name as awarded_provider_name, p.awarded_at, p.version
              from care_package p
              join council c on c.id = p.council_id
              join zone z on z.id = p.zone_id
              join lot l on l.id = p.lot_id
              left join organisation ap on ap.id = p.awarded_provider_id
            """;

    private final Sql sql;
    private final PackagePlacement placement;
    private final IdempotentRequests idempotency;

    ChcPackages(Sql sql, PackagePlacement placement, IdempotentRequests idempotency) {
        this.sql = sql;
        this.placement = placement;
        this.idempotency = idempotency;
    }

    @Transactional
    public Placement place(Actor partner, String idempotencyKey, ChcPackageForm form) {
        UUID organisation = partner.homeOrganisation();
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ChcProblems.invalid(IdempotentRequests.KEY_HEADER, "chc.idempotency.missing");
        }
        if (!partner.maySee(form.councilId())) {
            throw ChcProblems.notServed();
        }
        // The partner organisation's key, whichever of its API clients sends it; shared by the REST and FHIR APIs.
        IdempotentRequests.Answer<ChcPackage> answer = idempotency.once(
                new IdempotentRequests.Request(organisation, "placeChcPackage", idempotencyKey, List.of(form)),
                ChcPackage.class, () -> placeNow(partner, organisation, form), placed -> placed.council().id());
        return new Placement(answer.body(), answer.replayed());
    }

    private ChcPackage placeNow(Actor partner, UUID organisation, ChcPackageForm form) {
        if (form.person().nhsNumber() == null) {
            throw ChcProblems.invalid("person.nhsNumber", "chc.nhs-number.required");
        }
        UUID zone = zoneFor(form);
        UUID lot = lotFor(form, zone);
        PackageForm packageForm = new PackageForm(zone, lot, Funding.NHS_CHC, form.weeklyMinutes(), form.visitPattern(),
                form.startDate(), form.clinicalNeedsSummary(), form.person());
        UUID id = placement.placeAndPublish(partner, form.councilId(), packageForm, organisation, form.partnerReference());
        return show(partner, id);
    }

    public ChcPackage show(Actor partner, UUID packageId) {
        return sql.one(SELECT + " where p.id = ? and p.placed_by = ?", ChcPackages::map, packageId, partner.homeOrganisation())
                .filter(p -> partner.maySee(p.council().id()))
                .orElseThrow(ChcProblems::notFound);
    }

    public List<HistoryEntry> history(Actor partner, UUID packageId) {
        show(partner, packageId);
        return placement.partnerHistory(packageId);
    }

    @Transactional
    public ChcPackage change(Actor partner, UUID packageId, ChcChangeForm form) {
        show(partner, packageId);
        if (form.weeklyMinutes() == null && form.startDate() == null) {
            throw ChcProblems.invalid("weeklyMinutes", "chc.change.empty");
        }
        placement.changeBeforeAward(partner, packageId, form.weeklyMinutes(), form.startDate());
        return show(partner, packageId);
    }

    @Transactional
    public ChcPackage cancel(Actor partner, UUID packageId, ChcCancelForm form) {
        show(partner, packageId);
        placement.cancel(partner, packageId, form.reason());
        return show(partner, packageId);
    }


    private UUID zoneFor(ChcPackageForm form) {
        if (form.zoneId() != null) {
            return form.zoneId();
        }
        return sql.one("select zone_id from postcode_district_zone where council_id = ? and district = ?",
                        row -> uuid(row, "zone_id"), form.councilId(), Postcode.district(form.person().postcode()))
                .orElseThrow(() -> ChcProblems.invalid("zoneId", "chc.zone.unknown"));
    }

    private UUID lotFor(ChcPackageForm form, UUID zone) {
        if (form.lotId() != null) {
            return form.lotId();
        }
        Optional<UUID> zoneLot = sql.one("select id from lot where council_id = ? and zone_id = ? order by name limit 1",
                row -> uuid(row, "id"), form.councilId(), zone);
        return zoneLot.orElseThrow(() -> ChcProblems.invalid("lotId", "chc.lot.unknown"));
    }

    static ChcPackage map(java.sql.ResultSet row) throws java.sql.SQLException {
        UUID provider = uuid(row, "awarded_provider_id");
        return new ChcPackage(uuid(row, "id"), row.getString("reference"), row.getString("partner_reference"),
                PackageStatus.valueOf(row.getString("status")),
                new NamedRef(uuid(row, "council_id"), row.getString("council_name")),
                new NamedRef(uuid(row, "zone_id"), row.getString("zone_name")),
                new NamedRef(uuid(row, "lot_id"), row.getString("lot_name")),
                row.getInt("weekly_minutes"), Sql.date(row, "start_date"), instant(row, "stage_ends_at"),
                provider == null ? null : new NamedRef(provider, row.getString("awarded_provider_name")),
                instant(row, "awarded_at"), row.getInt("version"));
    }
}
