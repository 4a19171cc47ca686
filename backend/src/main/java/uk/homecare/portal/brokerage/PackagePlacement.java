package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.notification.OfferClosedNotices;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;

/**
 * What other features may do with packages, through the same rules as commissioners: place one into
 * the cascade on a council's behalf (NHS partner systems), change its hours or start before award,
 * cancel it, and read its history. The caller has already decided that the actor may act in the council.
 */
@Singleton
public class PackagePlacement {

    private static final EnumSet<AuditAction> PARTNER_HISTORY = EnumSet.of(AuditAction.DRAFTED, AuditAction.PUBLISHED,
            AuditAction.ENTERED_PRIMARY, AuditAction.ENTERED_SECONDARY, AuditAction.ENTERED_OPEN, AuditAction.ENTERED_REVIEW,
            AuditAction.ENTERED_UNALLOCATED, AuditAction.AWARDED, AuditAction.CHANGED, AuditAction.CANCELLED,
            AuditAction.HAND_BACK_GIVEN, AuditAction.MOVED_AT_REVIEW,
            AuditAction.VARIATION_ACCEPTED, AuditAction.SUSPENDED, AuditAction.RESUMED, AuditAction.ENDED, AuditAction.ESCALATED);

    private final Sql sql;
    private final PackageDrafting drafting;
    private final AuditTrail audit;
    private final Clock clock;
    private final OfferClosedNotices notices;
    private final ProposingVariation variations;

    PackagePlacement(Sql sql, PackageDrafting drafting, AuditTrail audit, Clock clock, OfferClosedNotices notices,
            ProposingVariation variations) {
        this.variations = variations;
        this.notices = notices;
        this.sql = sql;
        this.drafting = drafting;
        this.audit = audit;
        this.clock = clock;
    }

    /** Drafts and publishes at once: the package enters the cascade like any other. */
    @Transactional
    public UUID placeAndPublish(Actor actor, UUID council, PackageForm form, UUID placedBy, @Nullable String partnerReference) {
        UUID id = drafting.draftFor(actor, council, form, placedBy, partnerReference);
        drafting.publishDraft(actor, council, id, PackageStatus.DRAFT);
        return id;
    }

    /** Before award: new weekly minutes, start date, or both. Offers still open now show the new care. */
    @Transactional
    public void changeBeforeAward(Actor actor, UUID packageId, @Nullable Integer weeklyMinutes, @Nullable LocalDate startDate) {
        Locked locked = lock(packageId);
        if (EnumSet.of(PackageStatus.AWARDED, PackageStatus.CANCELLED, PackageStatus.SUSPENDED, PackageStatus.ENDED).contains(locked.status())) {
            throw BrokerageProblems.conflict("brokerage.change.too-late", locked.status());
        }
        if (startDate != null && startDate.isBefore(UkTime.today(clock))) {
            throw BrokerageProblems.invalid("startDate", "brokerage.start.past");
        }
        sql.update("""
                update care_package set weekly_minutes = coalesce(?, weekly_minutes), start_date = coalesce(?, start_date),
                       version = version + 1
                 where id = ?""", weeklyMinutes, startDate, packageId);
        Map<String, Object> details = new LinkedHashMap<>();
        if (weeklyMinutes != null) {
            details.put("weeklyMinutes", weeklyMinutes);
        }
        if (startDate != null) {
            details.put("startDate", startDate.toString());
        }
        audit.record(actor, locked.councilId(), AuditAction.CHANGED, "care_package", packageId, details);
    }

    /**
     * Ends the package wherever it is: offers still open close and their providers are told they were withdrawn; an
     * awarded provider no longer holds it and is told so. The reason stays in the history, for the council.
     */
    @Transactional
    public void cancel(Actor actor, UUID packageId, String reason) {
        Locked locked = lock(packageId);
        if (!PackageActions.cancellable(locked.status())) {
            throw BrokerageProblems.conflict("brokerage.cancel.already");
        }
        List<UUID> open = sql.list("select id from offer where package_id = ? and response in ('PENDING', 'BID', 'ACCEPTED')",
                row -> Sql.uuid(row, "id"), packageId);
        variations.withdrawPending(actor, locked.councilId(), packageId, "cancelled");
        notices.packageCancelled(packageId, open, clock.instant());
        sql.update("update offer set response = 'CLOSED', responded_at = coalesce(responded_at, ?) where id = any(?)",
                clock.instant(), open);
        sql.update("""
                update package_change set state = 'REJECTED', decided_by = ?, decided_at = ?, rejection_reason = 'CANCELLED'
                 where package_id = ? and state = 'AWAITING'""", actor.id(), clock.instant(), packageId);
        sql.update("""
                update care_package set status = 'CANCELLED', stage_ends_at = null, awarded_provider_id = null,
                       hand_back_on = null, version = version + 1
                 where id = ?""", packageId);
        audit.record(actor, locked.councilId(), AuditAction.CANCELLED, "care_package", packageId, Map.of("reason", reason.strip(), "from", locked.status()));
    }

    /**
     * The history a partner system may read: the package's stages, award (with the start agreed, as
     * {@code agreedStart}), changes, hand-back and cancellation, who acted named by role only, and no
     * competing bids, declines or their reasons.
     */
    public List<HistoryEntry> partnerHistory(UUID packageId) {
        return sql.list("""
                select occurred_at, actor_role, action,
                       coalesce((select string_agg(key || ': ' || value, '; ' order by key) from jsonb_each_text(details)
                                  where key in ('from', 'to', 'round', 'windowEndsAt', 'provider', 'weeklyMinutes', 'startDate', 'agreedStart', 'effectiveOn', 'suspendedOn', 'resumedOn', 'endedOn', 'endReason')
                                     or (key = 'reason' and actor_role = 'NHS_PARTNER')), '') as details,
                       array(select key from jsonb_each_text(coalesce(details, '{}'::jsonb))
                              where key in ('from', 'to', 'round', 'windowEndsAt', 'provider', 'weeklyMinutes', 'startDate', 'agreedStart', 'effectiveOn', 'suspendedOn', 'resumedOn', 'endedOn', 'endReason')
                                 or (key = 'reason' and actor_role = 'NHS_PARTNER') order by key) as fact_keys,
                       array(select value from jsonb_each_text(coalesce(details, '{}'::jsonb))
                              where key in ('from', 'to', 'round', 'windowEndsAt', 'provider', 'weeklyMinutes', 'startDate', 'agreedStart', 'effectiveOn', 'suspendedOn', 'resumedOn', 'endedOn', 'endReason')
                                 or (key = 'reason' and actor_role = 'NHS_PARTNER') order by key) as fact_values
                  from audit_event
                 where entity_type = 'care_package' and entity_id = ?
                   and action = any(?)
                 order by occurred_at, id""",
                row -> new HistoryEntry(Sql.instant(row, "occurred_at"), row.getString("actor_role"), row.getString("actor_role"),
                        row.getString("action"), row.getString("details"), CommissionerBoard.facts(row)),
                packageId, PARTNER_HISTORY.stream().map(AuditAction::name).toList());
    }

    private record Locked(UUID councilId, PackageStatus status) {}

    private Locked lock(UUID packageId) {
        return sql.one("select council_id, status from care_package where id = ? for update",
                row -> new Locked(Sql.uuid(row, "council_id"), PackageStatus.valueOf(row.getString("status"))), packageId)
                .orElseThrow(BrokerageProblems::packageNotFound);
    }
}
