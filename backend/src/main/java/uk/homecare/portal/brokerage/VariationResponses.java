package uk.homecare.portal.brokerage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationChoice;
import uk.homecare.portal.api.brokerage.VariationDecline;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.notification.VariationNotices;
import uk.homecare.portal.platform.Sql;

/**
 * Use cases: the provider holding a package accepts or declines (saying why) a pending variation before its answer is
 * due. Accepted terms are in force from their date: at once if it has come, else the variation job applies them on it.
 * Another provider's package is not found (404), as for a hand-back.
 */
@Singleton
class VariationResponses {

    private final Sql sql;
    private final AuditTrail audit;
    private final VariationNotices notices;
    private final Awarding awarding;
    private final Clock clock;

    VariationResponses(Sql sql, AuditTrail audit, VariationNotices notices, Awarding awarding, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.notices = notices;
        this.awarding = awarding;
        this.clock = clock;
    }

    @Transactional
    Variation accept(Actor actor, UUID packageId, VariationChoice choice) {
        UUID council = held(actor, packageId);
        VariationAnswers.Proposed proposed = answerable(choice.variationId(), packageId);
        Instant now = clock.instant();
        end(actor, choice.variationId(), "ACCEPTED", null, now);
        if (VariationPolicy.inForce(proposed.effectiveFrom(), UkTime.today(clock))) {
            VariationAnswers.apply(sql, choice.variationId(), now);
        }
        Variation accepted = VariationReading.one(sql, choice.variationId());
        audit.record(actor, council, AuditAction.VARIATION_ACCEPTED, "care_package", packageId, Map.of(
                "variation", accepted.id().toString(), "weeklyMinutes", accepted.newTerms().weeklyMinutes(),
                "effectiveOn", accepted.effectiveFrom().toString(), "provider", awarding.providerName(actor.homeOrganisation())));
        notices.answered(accepted.id(), now);
        notices.careChanged(accepted.id(), now);
        return accepted;
    }

    @Transactional
    Variation decline(Actor actor, UUID packageId, VariationDecline decline) {
        UUID council = held(actor, packageId);
        answerable(decline.variationId(), packageId);
        Instant now = clock.instant();
        end(actor, decline.variationId(), "DECLINED", decline.reason().strip(), now);
        audit.record(actor, council, AuditAction.VARIATION_DECLINED, "care_package", packageId, Map.of(
                "variation", decline.variationId().toString(), "reason", decline.reason().strip(),
                "provider", awarding.providerName(actor.homeOrganisation())));
        notices.answered(decline.variationId(), now);
        return VariationReading.one(sql, decline.variationId());
    }

    /** The package, locked, if the caller's organisation holds it: otherwise not found. */
    private UUID held(Actor actor, UUID packageId) {
        return sql.one("select council_id from care_package where id = ? and awarded_provider_id = ? and status = 'AWARDED' for update",
                row -> Sql.uuid(row, "council_id"), packageId, actor.homeOrganisation())
                .orElseThrow(() -> BrokerageProblems.notFound("brokerage.variation.not-yours"));
    }

    private VariationAnswers.Proposed answerable(UUID variation, UUID packageId) {
        VariationAnswers.Proposed proposed = VariationAnswers.lockProposed(sql, variation, packageId);
        if (VariationPolicy.lapsed(proposed.respondBy(), clock.instant())) {
            throw BrokerageProblems.conflict("brokerage.variation.too-late");
        }
        return proposed;
    }

    private void end(Actor actor, UUID variation, String status, String declineReason, Instant now) {
        sql.update("""
                update package_variation set status = ?, ended_at = ?, ended_by = ?,
                       ended_by_name = coalesce((select display_name from app_user where id = ?), ?), decline_reason = ?
                 where id = ?""", status, now, actor.id(), actor.id(), actor.username(), declineReason, variation);
    }
}
