package uk.homecare.portal.brokerage;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.ReviewForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;

/**
 * Use cases: a provider hands a package back with notice (on the date it re-enters the cascade), and a
 * commissioner moves a package to another provider at its review: the only way a package changes hands.
 */
@Singleton
class HandingBack {

    private record Awarded(UUID councilId, LocalDate handBackOn, int noticeDays) {}

    private final Sql sql;
    private final CommissionerBoard board;
    private final Awarding awarding;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProposingVariation variations;

    HandingBack(Sql sql, CommissionerBoard board, Awarding awarding, AuditTrail audit, Clock clock, ProposingVariation variations) {
        this.variations = variations;
        this.sql = sql;
        this.board = board;
        this.awarding = awarding;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    CarePackage handBack(Actor actor, UUID packageId, HandBackForm form) {
        UUID provider = actor.homeOrganisation();
        Awarded awarded = sql.one("""
                select p.council_id, p.hand_back_on, coalesce(bp.hand_back_notice_days, 14) as notice_days
                  from care_package p left join brokerage_policy bp on bp.council_id = p.council_id
                 where p.id = ? and p.awarded_provider_id = ? and p.status = 'AWARDED'
                   for update of p""",
                row -> new Awarded(uuid(row, "council_id"), date(row, "hand_back_on"), row.getInt("notice_days")),
                packageId, provider).orElseThrow(() -> BrokerageProblems.notFound("brokerage.hand-back.not-yours"));
        if (awarded.handBackOn() != null) {
            throw BrokerageProblems.conflict("brokerage.hand-back.already", awarded.handBackOn());
        }
        LocalDate earliest = UkTime.today(clock).plusDays(awarded.noticeDays());
        if (form.effectiveOn().isBefore(earliest)) {
            throw BrokerageProblems.invalid("effectiveOn", "brokerage.hand-back.notice", awarded.noticeDays(), earliest);
        }
        sql.update("update care_package set hand_back_on = ?, version = version + 1 where id = ?", form.effectiveOn(), packageId);
        variations.withdrawPending(actor, awarded.councilId(), packageId, "handed back");
        audit.record(actor, awarded.councilId(), AuditAction.HAND_BACK_GIVEN, "care_package", packageId,
                Map.of("provider", awarding.providerName(provider), "effectiveOn", form.effectiveOn().toString(), "reason", form.reason().strip()));
        return sql.one(PackageReading.SELECT + " where p.id = ?", PackageReading.withPerson(actor), packageId).orElseThrow();
    }

    @Transactional
    CarePackage moveAtReview(Actor actor, UUID packageId, ReviewForm form) {
        board.carePackage(actor, packageId);
        sql.one("select id from care_package where id = ? for update", row -> true, packageId);
        CarePackage current = board.carePackage(actor, packageId);
        if (!PackageActions.reviewable(current.status())) {
            throw BrokerageProblems.conflict("brokerage.review.not-awarded");
        }
        boolean onLot = sql.one("select 1 from lot_provider where lot_id = ? and provider_id = ?", row -> true,
                current.lot().id(), form.providerId()).isPresent();
        if (!onLot || form.providerId().equals(current.awardedProvider().id())) {
            throw BrokerageProblems.invalid("providerId", "brokerage.review.not-on-lot");
        }
        sql.update("""
                update care_package set awarded_provider_id = ?, awarded_at = ?, hand_back_on = null, version = version + 1
                 where id = ?""", form.providerId(), clock.instant(), packageId);
        variations.withdrawPending(actor, current.council().id(), packageId, "moved at review");
        audit.record(actor, current.council().id(), AuditAction.MOVED_AT_REVIEW, "care_package", packageId, Map.of(
                "from", current.awardedProvider().name(), "to", awarding.providerName(form.providerId()), "reason", form.reason().strip()));
        return board.carePackage(actor, packageId);
    }
}
