package uk.homecare.portal.chc;

import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.chc.ChcCancelForm;
import uk.homecare.portal.api.chc.ChcChangeForm;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.problem.Problem.Choice;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.brokerage.PackagePlacement;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.person.Postcode;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;

/**
 * Use cases of an NHS partner system: place a CHC package (idempotently: the same Idempotency-Key and
 * body return the first result, even when retries race; the same key with another body is refused; and the
 * partner's own reference of the request is a natural key: a second request with it returns the first package),
 * follow it, change its hours or start before award, and cancel it. A partner sees only the packages it
 * placed, in the councils it serves.
 */
@Singleton
public class ChcPackages {

    /** The package, and whether this answer is the stored answer to an earlier request with the same key. */
    public record Placement(ChcPackage chcPackage, boolean replayed) {}

    private record PartnerRequest(@Nullable String requestHash, UUID packageId) {}

    static final String SELECT = """
            select p.id, p.reference, p.partner_reference, p.status, p.council_id, c.name as council_name,
                   p.zone_id, z.name as zone_name, p.lot_id, l.name as lot_name, p.weekly_minutes, p.start_date,
                   p.stage_ends_at, p.awarded_provider_id, ap.name as awarded_provider_name, p.awarded_at, p.version,
                   p.urgency, p.emergency_at
              from care_package p
              join council c on c.id = p.council_id
              join zone z on z.id = p.zone_id
              join lot l on l.id = p.lot_id
              left join organisation ap on ap.id = p.awarded_provider_id
            """;

    private final Sql sql;
    private final PackagePlacement placement;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;

    ChcPackages(Sql sql, PackagePlacement placement, IdempotentRequests idempotency, ObjectMapper json) {
        this.sql = sql;
        this.placement = placement;
        this.idempotency = idempotency;
        this.json = json;
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
        AtomicBoolean placedBefore = new AtomicBoolean();
        IdempotentRequests.Answer<ChcPackage> answer = idempotency.once(
                new IdempotentRequests.Request(organisation, "placeChcPackage", idempotencyKey, List.of(fingerprinted(form))),
                ChcPackage.class, () -> placeNow(partner, organisation, form, placedBefore), placed -> placed.council().id());
        return new Placement(answer.body(), answer.replayed() || placedBefore.get());
    }

    /** Places the package, unless the partner's own reference names a request placed before: then that package. */
    private ChcPackage placeNow(Actor partner, UUID organisation, ChcPackageForm form, AtomicBoolean placedBefore) {
        if (form.partnerReference() != null) {
            Optional<ChcPackage> earlier = placedBefore(partner, form.partnerReference(), hash(fingerprinted(form)));
            if (earlier.isPresent()) {
                placedBefore.set(true);
                return earlier.get();
            }
        }
        if (form.person().nhsNumber() == null) {
            throw ChcProblems.invalid("person.nhsNumber", "chc.nhs-number.required");
        }
        UUID zone = zoneFor(form);
        UUID lot = lotFor(form, zone);
        PackageForm packageForm = new PackageForm(zone, lot, Funding.NHS_CHC, form.weeklyMinutes(), form.visitPattern(),
                form.startDate(), form.clinicalNeedsSummary(), form.person(), form.schedule(), form.matchingNeeds(), form.urgency());
        UUID id = placement.placeAndPublish(partner, form.councilId(), packageForm, organisation, form.partnerReference());
        if (form.partnerReference() != null) {
            sql.update("update partner_request set package_id = ? where partner_id = ? and reference = ?",
                    id, organisation, form.partnerReference());
        }
        return show(partner, id);
    }

    /**
     * The package placed before with this partner reference (the partner's own identifier of the request), if any;
     * otherwise claims the reference for this request. A racing request with the same reference waits here for
     * the first one's transaction, then finds its package. The same reference with another body is refused.
     */
    private Optional<ChcPackage> placedBefore(Actor partner, String reference, String hash) {
        UUID organisation = partner.homeOrganisation();
        boolean first = sql.update("insert into partner_request (partner_id, reference, request_hash) values (?, ?, ?) on conflict do nothing",
                organisation, reference, hash) == 1;
        if (first) {
            return Optional.empty();
        }
        PartnerRequest earlier = sql.one("select request_hash, package_id from partner_request where partner_id = ? and reference = ?",
                row -> new PartnerRequest(row.getString("request_hash"), uuid(row, "package_id")), organisation, reference).orElseThrow();
        if (earlier.requestHash() != null && !earlier.requestHash().equals(hash)) {
            throw ChcProblems.referenceReused();
        }
        return Optional.of(show(partner, earlier.packageId()));
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

    /**
     * The lot given, or the one lot of the package's service category (GENERAL when not given) among the lots of the
     * council's frameworks in force on the start date: the zone's own, else a council-wide one. Anything else is
     * refused with the lots to choose from: those of the category, or when there is none, every lot that serves the zone.
     */
    private UUID lotFor(ChcPackageForm form, UUID zone) {
        if (form.lotId() != null) {
            return form.lotId();
        }
        ServiceCategory category = form.serviceCategory() == null ? ServiceCategory.GENERAL : form.serviceCategory();
        List<Candidate> serving = sql.list("""
                select l.id, l.name, l.kind, l.service_category
                  from lot l join framework f on f.id = l.framework_id
                 where l.council_id = ? and (l.zone_id = ? or l.kind = 'CITYWIDE')
                   and f.starts_on <= ?::date
                   and ?::date < f.starts_on + make_interval(months => f.initial_term_months + f.extension_months)
                 order by l.name, l.id""",
                row -> new Candidate(new Choice(uuid(row, "id"), row.getString("name")), "ZONE".equals(row.getString("kind")),
                        ServiceCategory.valueOf(row.getString("service_category"))),
                form.councilId(), zone, form.startDate(), form.startDate());
        List<Candidate> ofCategory = serving.stream().filter(c -> c.category() == category).toList();
        List<Candidate> zoneOwn = ofCategory.stream().filter(Candidate::zoneLot).toList();
        List<Candidate> chosen = zoneOwn.isEmpty() ? ofCategory : zoneOwn;
        if (chosen.size() == 1) {
            return chosen.getFirst().lot().id();
        }
        throw ChcProblems.lotChoiceNeeded((chosen.isEmpty() ? serving : chosen).stream().map(Candidate::lot).toList());
    }

    /** A lot that may take the package: whether it is the zone's own (else council-wide), and whom its care is for. */
    private record Candidate(Choice lot, boolean zoneLot, ServiceCategory category) {}

    /**
     * The form as its fingerprint takes it: ROUTINE as absent, so that a placement made before urgencies were known, and
     * its retry spelling the default out, are the same request.
     */
    private static ChcPackageForm fingerprinted(ChcPackageForm form) {
        return form.urgency() == Urgency.ROUTINE ? form.withUrgency(null) : form;
    }

    /** The request's fingerprint, as its partner reference keeps it: SHA-256 of the form's JSON. */
    private String hash(ChcPackageForm form) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(form).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
                instant(row, "awarded_at"), row.getInt("version"), Urgency.valueOf(row.getString("urgency")),
                instant(row, "emergency_at"));
    }
}
