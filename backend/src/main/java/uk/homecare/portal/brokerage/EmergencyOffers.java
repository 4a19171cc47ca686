package uk.homecare.portal.brokerage;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.quality.GateFailure;
import uk.homecare.portal.quality.ProviderGates;

/**
 * Offers a package at once to every provider on its council's framework with spare capacity in its zone: the path of
 * an emergency, and of a FAST_TRACK_CHC package from its publishing. Such a provider holds a live contract with the
 * council ({@code organisation_council}), a place on a lot of the framework the package's lot belongs to, and its
 * latest capacity report for the package's zone (no older than a week, as offers show it) has minutes to spare.
 * <p>
 * A package waiting in PRIMARY or SECONDARY moves to OPEN in the same round (the pending offer lapses, as when the
 * cascade moves it on); a draft or an UNALLOCATED package starts a new round in OPEN; a package already OPEN is offered
 * to those not offered it yet, and its window is stretched to a whole OPEN window from now. Offers are OPEN-stage offers
 * like any other, answered under the council's open-stage rule, and carry nothing identifying the person. With nobody to
 * offer it to, nothing moves. The caller holds the package row's lock.
 */
@Singleton
class EmergencyOffers {

    /** Who was offered the package, by name, and how many of them were offered it just now. */
    record Reach(List<String> providers, int newOffers, boolean moved) {
        static final Reach NOBODY = new Reach(List.of(), 0, false);
    }

    private record Situation(UUID councilId, PackageStatus status, int round, UUID frameworkId, UUID zoneId, int openMinutes,
            Instant stageEndsAt) {}

    /**
     * The providers a package may be offered at once, before the council's quality gates ({@link ProviderGates}), which
     * {@link #offerToAllWithCapacity} applies as the cascade does.
     */
    static final String ELIGIBLE = """
            select o.id, o.name from organisation o
             where o.kind = 'PROVIDER'
               and exists (select 1 from organisation_council oc
                            where oc.organisation_id = o.id and oc.council_id = ?
                              and oc.since <= ?::date and (oc.until is null or oc.until >= ?::date))
               and exists (select 1 from lot_provider lp join lot l on l.id = lp.lot_id
                            where lp.provider_id = o.id and l.framework_id = ?)
               and coalesce((select cr.daytime_minutes + cr.out_of_hours_minutes from capacity_report cr
                              where cr.provider_id = o.id and cr.zone_id = ? and cr.reported_at >= ?::timestamptz
                              order by cr.week_starts desc, cr.reported_at desc limit 1), 0) > 0
             order by o.name, o.id""";

    private final Sql sql;
    private final ObjectMapper json;
    private final ProviderGates gates;

    EmergencyOffers(Sql sql, ObjectMapper json, ProviderGates gates) {
        this.sql = sql;
        this.json = json;
        this.gates = gates;
    }

    /** Offers the locked package at once to everyone eligible; {@code mover} and its reason go into the package's history. */
    Reach offerToAllWithCapacity(UUID packageId, Instant now, Cascade.Mover mover) {
        Situation s = sql.one("""
                select p.council_id, p.status, p.round, l.framework_id, p.zone_id, p.stage_ends_at,
                       coalesce(bp.open_window_minutes, 2880) as open_minutes
                  from care_package p join lot l on l.id = p.lot_id
                  left join brokerage_policy bp on bp.council_id = p.council_id
                 where p.id = ?""",
                row -> new Situation(Sql.uuid(row, "council_id"), PackageStatus.valueOf(row.getString("status")), row.getInt("round"),
                        Sql.uuid(row, "framework_id"), Sql.uuid(row, "zone_id"), row.getInt("open_minutes"),
                        Sql.instant(row, "stage_ends_at")), packageId).orElseThrow();
        if (!List.of(PackageStatus.DRAFT, PackageStatus.PRIMARY, PackageStatus.SECONDARY, PackageStatus.OPEN,
                PackageStatus.UNALLOCATED).contains(s.status())) {
            return Reach.NOBODY;
        }
        LocalDate today = UkTime.dateOf(now);
        List<Provider> eligible = new ArrayList<>();
        for (Provider provider : sql.list(ELIGIBLE, row -> new Provider(Sql.uuid(row, "id"), row.getString("name")),
                s.councilId(), today, today, s.frameworkId(), s.zoneId(), ProviderInbox.freshSince(now))) {
            List<GateFailure> failed = gates.failing(s.councilId(), provider.id());
            if (failed.isEmpty()) {
                eligible.add(provider);
            } else {
                skipped(mover, s, packageId, provider, failed.getFirst(), now);
            }
        }
        if (eligible.isEmpty()) {
            return Reach.NOBODY;
        }
        Instant windowEnd = now.plus(Duration.ofMinutes(s.openMinutes()));
        int round = s.round();
        boolean moved = s.status() != PackageStatus.OPEN;
        if (moved) {
            if (s.status() == PackageStatus.DRAFT || s.status() == PackageStatus.UNALLOCATED) {
                round++;
            }
            sql.update("update offer set response = 'LAPSED', responded_at = ? where package_id = ? and round = ? and response = 'PENDING'",
                    now, packageId, s.round());
            sql.update("""
                    update care_package set status = 'OPEN', round = ?, stage_started_at = ?, stage_ends_at = ?,
                           published_at = coalesce(published_at, ?), version = version + 1
                     where id = ?""", round, now, windowEnd, now, packageId);
        } else {
            if (s.stageEndsAt() != null && s.stageEndsAt().isAfter(windowEnd)) {
                windowEnd = s.stageEndsAt();
            }
            sql.update("update care_package set stage_ends_at = ?, version = version + 1 where id = ?", windowEnd, packageId);
            sql.update("""
                    update offer set window_ends_at = ?
                     where package_id = ? and round = ? and stage = 'OPEN' and response in ('PENDING', 'BID', 'ACCEPTED')""",
                    windowEnd, packageId, round);
        }
        int newOffers = sql.update("""
                insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at)
                select ?, ?, provider, 'OPEN', ?, ? from unnest(?::uuid[]) as provider
                on conflict do nothing""", packageId, round, now, windowEnd, eligible.stream().map(Provider::id).toList());
        List<String> names = eligible.stream().map(Provider::name).toList();
        if (moved) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("from", s.status().name());
            details.put("round", round);
            details.put("windowEndsAt", windowEnd.toString());
            details.put("why", mover.why());
            details.put("offeredTo", String.join(", ", names));
            record(mover, s.councilId(), "ENTERED_OPEN", packageId, details, now);
        }
        return new Reach(names, newOffers, moved);
    }

    /** The package's history says a provider with spare capacity was passed over, and which gate it fails (as the cascade). */
    private void skipped(Cascade.Mover mover, Situation s, UUID packageId, Provider provider, GateFailure failure, Instant now) {
        Map<String, Object> details = new LinkedHashMap<>(failure.facts());
        details.put("provider", provider.name());
        details.put("stage", PackageStatus.OPEN.name());
        details.put("gate", failure.gate().name());
        record(mover, s.councilId(), "PROVIDER_SKIPPED", packageId, details, now);
    }

    /** Writes an event of the package's history for {@code mover}: a person, or a job. */
    void record(Cascade.Mover mover, UUID councilId, String action, UUID packageId, Map<String, ?> details, Instant now) {
        String facts;
        try {
            facts = json.writeValueAsString(details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sql.update("""
                insert into audit_event (occurred_at, council_id, actor_id, actor_name, actor_role, action, entity_type, entity_id, details)
                values (?::timestamptz, ?, ?::uuid, ?, ?, ?, 'care_package', ?, ?::jsonb)""",
                now, councilId, mover.id(), mover.name(), mover.role(), action, packageId, facts);
    }

    private record Provider(UUID id, String name) {}
}
