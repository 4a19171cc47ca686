package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.notification.OfferClosedNotices;
import uk.homecare.portal.notification.OfferWonNotices;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.quality.ProviderGates;
import uk.homecare.portal.scoring.BidScoring;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.api.scoring.BidScore;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Awards a package, exactly once: the caller holds the package row's lock, the package moves to
 * AWARDED only from a stage of its current round, and the unique index on winning offers is the backstop.
 * The other offers of the round close at once (a bid or acceptance LOST, a pending offer CLOSED) and their
 * providers are told in the same transaction, so each is told once, by the award that closed its offer.
 */
@Singleton
class Awarding {

    private final Sql sql;
    private final CommissionerBoard board;
    private final AuditTrail audit;
    private final Clock clock;
    private final OfferClosedNotices closedNotices;
    private final OfferWonNotices wonNotices;

    private final ProviderGates gates;
    private final BidScoring scoring;

    Awarding(Sql sql, CommissionerBoard board, AuditTrail audit, Clock clock, OfferClosedNotices closedNotices,
            OfferWonNotices wonNotices, ProviderGates gates, BidScoring scoring) {
        this.gates = gates;
        this.scoring = scoring;
        this.wonNotices = wonNotices;
        this.sql = sql;
        this.board = board;
        this.audit = audit;
        this.clock = clock;
        this.closedNotices = closedNotices;
    }

    /**
     * Use case: in the OPEN stage or at review, the commissioner awards one bid; the others lose. A bid whose start is
     * later than the council's tolerance is awarded only so: the award accepts the later start, is audited saying so,
     * and its provider is told. A bid that is not at the top of the ranking ({@link BidScore#awardNeedsReason()}) is
     * awarded only with a reason (else 422 naming {@code reason}, nothing changed); its rank, score and the reason go in
     * the package's history.
     */
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
        // a bid whose start is later than the council's tolerance: this award is the commissioner's acceptance of it
        Optional<Integer> lateStartDays = sql.one("""
                select coalesce(o.late_start_days, 0) as late_start_days
                  from offer o join care_package p on p.id = o.package_id and p.round = o.round
                 where o.id = ? and o.package_id = ? and o.response in ('BID', 'ACCEPTED')""",
                row -> row.getInt("late_start_days"), form.offerId(), packageId);
        if (lateStartDays.isEmpty()) {
            throw BrokerageProblems.invalid("offerId", "brokerage.award.not-a-bid");
        }
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        BidScore score = scoring.scores(packageId).get(form.offerId());
        if (score != null && score.awardNeedsReason() && reason == null) {
            throw PortalProblem.unprocessable(ProblemType.INVALID_INPUT, "reason",
                    Problems.message("brokerage.award.reason-needed", score.rank()));
        }
        OfferInPlay offer = OfferInPlay.read(sql, form.offerId());
        // a bid of a provider gated since it bid is not awarded (409 naming the gate)
        gates.refuseIfGated(offer.councilId(), offer.providerId());
        Map<String, Object> ranking = new LinkedHashMap<>();
        if (score != null) {
            ranking.put("rank", score.rank());
            ranking.put("score", score.total());
        }
        if (reason != null) {
            ranking.put("reason", reason);
        }
        award(actor, offer, null, "awarded by the commissioner", lateStartDays.get(), ranking);
        if (lateStartDays.get() > 0) {
            wonNotices.lateStartAccepted(offer.offerId(), clock.instant());
        }
        return board.carePackage(actor, packageId);
    }

    /** Awards the package to the offer's provider; the package row must already be locked by this transaction. */
    void award(Actor actor, OfferInPlay offer, @Nullable LocalDate proposedStart, String how) {
        award(actor, offer, proposedStart, how, 0, Map.of());
    }

    /** As above; {@code lateStartDays} above 0 records that the award accepts a start that many days beyond the tolerance. */
    private void award(Actor actor, OfferInPlay offer, @Nullable LocalDate proposedStart, String how, int lateStartDays,
            Map<String, Object> ranking) {
        Instant now = clock.instant();
        sql.update("""
                update offer set response = 'WON', proposed_start = coalesce(?, proposed_start),
                       responded_at = coalesce(responded_at, ?), responded_by = coalesce(responded_by, ?)
                 where id = ?""", proposedStart, now, actor.role().name().equals("PROVIDER") ? actor.id() : null, offer.offerId());
        List<UUID> closed = sql.list("""
                update offer set response = case when response in ('BID', 'ACCEPTED') then 'LOST' else 'CLOSED' end,
                       responded_at = coalesce(responded_at, ?)
                 where package_id = ? and round = ? and id <> ? and response in ('PENDING', 'BID', 'ACCEPTED')
                returning id""",
                row -> Sql.uuid(row, "id"), now, offer.packageId(), offer.round(), offer.offerId());
        int awarded = sql.update("""
                update care_package set status = 'AWARDED', awarded_provider_id = ?, awarded_at = ?, stage_ends_at = null,
                       hand_back_on = null, version = version + 1
                 where id = ? and round = ? and status in ('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW')""",
                offer.providerId(), now, offer.packageId(), offer.round());
        if (awarded != 1) {
            throw BrokerageProblems.conflict("brokerage.award.taken");
        }
        closedNotices.offersClosed(closed, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", providerName(offer.providerId()));
        details.put("stage", offer.stage());
        details.put("how", how);
        if (proposedStart != null) {
            details.put("proposedStart", proposedStart.toString());
        }
        if (lateStartDays > 0) {
            details.put("lateStartDays", lateStartDays);
            details.put("lateStartAccepted", true);
        }
        details.putAll(ranking);
        // The start the award agrees: the winner's proposed start, else the package's requested one (the partner's history shows it).
        details.put("agreedStart", sql.one("""
                select coalesce(o.proposed_start, p.start_date) as agreed_start
                  from offer o join care_package p on p.id = o.package_id where o.id = ?""",
                row -> row.getString("agreed_start"), offer.offerId()).orElseThrow());
        audit.record(actor, offer.councilId(), AuditAction.AWARDED, "care_package", offer.packageId(), details);
    }

    String providerName(UUID providerId) {
        return sql.one("select name from organisation where id = ?", row -> row.getString("name"), providerId).orElseThrow();
    }
}
