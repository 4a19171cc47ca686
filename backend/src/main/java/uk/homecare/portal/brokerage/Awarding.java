package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * Awards a package, exactly once: the caller holds the package row's lock, the package moves to
 * AWARDED only from a stage of its current round, and the unique index on winning offers is the backstop.
 */
@Singleton
class Awarding {

    private final Sql sql;
    private final CommissionerBoard board;
    private final AuditTrail audit;
    private final Clock clock;

    Awarding(Sql sql, CommissionerBoard board, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.board = board;
        this.audit = audit;
        this.clock = clock;
    }

    /** Use case: in the OPEN stage or at review, the commissioner awards one bid; the others lose. */
    @Transactional
    CarePackage awardBid(Actor actor, UUID packageId, AwardForm form) {
        board.carePackage(actor, packageId);
        PackageStatus status = sql.one("select status from care_package where id = ? for update",
                row -> PackageStatus.valueOf(row.getString("status")), packageId).orElseThrow();
        if (status == PackageStatus.AWARDED) {
            throw BrokerageProblems.conflict("brokerage.award.taken");
        }
        if (!PackageActions.awardable(status)) {
            throw BrokerageProblems.conflict("brokerage.award.not-awardable", status);
        }
        boolean isBid = sql.one("""
                select 1 from offer o join care_package p on p.id = o.package_id and p.round = o.round
                 where o.id = ? and o.package_id = ? and o.response in ('BID', 'ACCEPTED')""",
                row -> true, form.offerId(), packageId).isPresent();
        if (!isBid) {
            throw BrokerageProblems.invalid("offerId", "brokerage.award.not-a-bid");
        }
        award(actor, OfferInPlay.read(sql, form.offerId()), null, "awarded by the commissioner");
        return board.carePackage(actor, packageId);
    }

    /** Awards the package to the offer's provider; the package row must already be locked by this transaction. */
    void award(Actor actor, OfferInPlay offer, @Nullable LocalDate proposedStart, String how) {
        Instant now = clock.instant();
        sql.update("""
                update offer set response = 'WON', proposed_start = coalesce(?, proposed_start),
                       responded_at = coalesce(responded_at, ?), responded_by = coalesce(responded_by, ?)
                 where id = ?""", proposedStart, now, actor.role().name().equals("PROVIDER") ? actor.id() : null, offer.offerId());
        sql.update("""
                update offer set response = case when response in ('BID', 'ACCEPTED') then 'LOST' else 'CLOSED' end,
                       responded_at = coalesce(responded_at, ?)
                 where package_id = ? and round = ? and id <> ? and response in ('PENDING', 'BID', 'ACCEPTED')""",
                now, offer.packageId(), offer.round(), offer.offerId());
        int awarded = sql.update("""
                update care_package set status = 'AWARDED', awarded_provider_id = ?, awarded_at = ?, stage_ends_at = null,
                       hand_back_on = null, version = version + 1
                 where id = ? and round = ? and status in ('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW')""",
                offer.providerId(), now, offer.packageId(), offer.round());
        if (awarded != 1) {
            throw BrokerageProblems.conflict("brokerage.award.taken");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", providerName(offer.providerId()));
        details.put("stage", offer.stage());
        details.put("how", how);
        if (proposedStart != null) {
            details.put("proposedStart", proposedStart.toString());
        }
        audit.record(actor, offer.councilId(), AuditAction.AWARDED, "care_package", offer.packageId(), details);
    }

    String providerName(UUID providerId) {
        return sql.one("select name from organisation where id = ?", row -> row.getString("name"), providerId).orElseThrow();
    }
}
