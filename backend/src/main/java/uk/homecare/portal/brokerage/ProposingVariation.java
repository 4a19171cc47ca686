package uk.homecare.portal.brokerage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PackageTerms;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationChoice;
import uk.homecare.portal.api.brokerage.VariationForm;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.notification.VariationNotices;
import uk.homecare.portal.platform.Sql;

/**
 * Use cases: a commissioner proposes new terms for an awarded package (one pending at a time: the package's row lock
 * orders racing proposals and a unique index is the backstop) and may withdraw them until its provider answers.
 * Cancelling, handing back or moving the package withdraws a pending variation too ({@link #withdrawPending}).
 */
@Singleton
class ProposingVariation {

    private record Awarded(UUID councilId, PackageStatus status, UUID provider, PackageTerms terms, int responseDays) {}

    private final Sql sql;
    private final PackageDrafting drafting;
    private final AuditTrail audit;
    private final VariationNotices notices;
    private final Clock clock;

    ProposingVariation(Sql sql, PackageDrafting drafting, AuditTrail audit, VariationNotices notices, Clock clock) {
        this.sql = sql;
        this.drafting = drafting;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    Variation propose(Actor actor, UUID packageId, VariationForm form) {
        Awarded awarded = sql.one("""
                select p.council_id, p.status, p.awarded_provider_id, p.weekly_minutes, p.visits_per_day, p.visit_minutes,
                       p.times_of_day, p.out_of_hours, p.double_handed, c.variation_response_days
                  from care_package p join council c on c.id = p.council_id
                 where p.id = ? and p.council_id = ? for update of p""", ProposingVariation::awarded, packageId, actor.homeCouncil())
                .orElseThrow(BrokerageProblems::packageNotFound);
        if (!PackageActions.variable(awarded.status())) {
            throw BrokerageProblems.conflict("brokerage.variation.not-awarded", awarded.status());
        }
        if (pending(packageId)) {
            throw BrokerageProblems.conflict("brokerage.variation.pending");
        }
        VariationPolicy.checkStarts(form.effectiveFrom(), UkTime.today(clock));
        drafting.checkVisits(awarded.councilId(), form.visitPattern().visitMinutes());
        PackageTerms proposed = new PackageTerms(form.weeklyMinutes(), normalised(form.visitPattern()));
        VariationPolicy.checkChanges(awarded.terms(), proposed);
        Instant now = clock.instant();
        VisitPattern old = awarded.terms().visitPattern();
        VisitPattern next = proposed.visitPattern();
        UUID id = sql.one("""
                insert into package_variation (council_id, package_id, provider_id, old_weekly_minutes, old_visits_per_day,
                       old_visit_minutes, old_times_of_day, old_out_of_hours, old_double_handed, new_weekly_minutes, new_visits_per_day,
                       new_visit_minutes, new_times_of_day, new_out_of_hours, new_double_handed, effective_from, reason, proposed_at,
                       proposed_by, proposed_by_name, respond_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce((select display_name from app_user where id = ?), ?), ?)
                returning id""", row -> Sql.uuid(row, "id"), awarded.councilId(), packageId, awarded.provider(),
                awarded.terms().weeklyMinutes(), old.visitsPerDay(), old.visitMinutes(), PackageReading.timesOfDay(old.timesOfDay()),
                old.outOfHours(), old.doubleHanded(), proposed.weeklyMinutes(), next.visitsPerDay(), next.visitMinutes(),
                PackageReading.timesOfDay(next.timesOfDay()), next.outOfHours(), next.doubleHanded(), form.effectiveFrom(),
                form.reason().strip(), now, actor.id(), actor.id(), actor.username(),
                VariationPolicy.respondBy(now, awarded.responseDays())).orElseThrow();
        audit.record(actor, awarded.councilId(), AuditAction.VARIATION_PROPOSED, "care_package", packageId, Map.of(
                "variation", id.toString(), "weeklyMinutes", proposed.weeklyMinutes(), "effectiveOn", form.effectiveFrom().toString(),
                "reason", form.reason().strip()));
        notices.proposed(id, now);
        return VariationReading.one(sql, id);
    }

    @Transactional
    Variation withdraw(Actor actor, UUID packageId, VariationChoice choice) {
        UUID council = sql.one("select council_id from care_package where id = ? and council_id = ? for update",
                row -> Sql.uuid(row, "council_id"), packageId, actor.homeCouncil()).orElseThrow(BrokerageProblems::packageNotFound);
        VariationAnswers.lockProposed(sql, choice.variationId(), packageId);
        end(actor, council, packageId, choice.variationId(), "commissioner");
        return VariationReading.one(sql, choice.variationId());
    }

    /** Withdraws the package's pending variation, if any, in the caller's transaction (which holds the package's row lock). */
    void withdrawPending(Actor actor, UUID councilId, UUID packageId, String why) {
        List<UUID> pending = sql.list("select id from package_variation where package_id = ? and status = 'PROPOSED' for update",
                row -> Sql.uuid(row, "id"), packageId);
        for (UUID id : pending) {
            end(actor, councilId, packageId, id, why);
        }
    }

    private void end(Actor actor, UUID council, UUID packageId, UUID variation, String why) {
        Instant now = clock.instant();
        sql.update("""
                update package_variation set status = 'WITHDRAWN', ended_at = ?, ended_by = (select id from app_user where id = ?),
                       ended_by_name = coalesce((select display_name from app_user where id = ?), ?)
                 where id = ?""", now, actor.id(), actor.id(), actor.username(), variation);
        audit.record(actor, council, AuditAction.VARIATION_WITHDRAWN, "care_package", packageId,
                Map.of("variation", variation.toString(), "why", why));
        notices.withdrawn(variation, now);
    }

    private boolean pending(UUID packageId) {
        return sql.one("select 1 from package_variation where package_id = ? and status = 'PROPOSED'", row -> true, packageId).isPresent();
    }

    private static VisitPattern normalised(VisitPattern pattern) {
        return new VisitPattern(pattern.visitsPerDay(), pattern.visitMinutes(), pattern.timesOfDay().stream().distinct().sorted().toList(),
                pattern.outOfHours(), pattern.doubleHanded());
    }

    private static Awarded awarded(ResultSet row) throws SQLException {
        return new Awarded(Sql.uuid(row, "council_id"), PackageStatus.valueOf(row.getString("status")), Sql.uuid(row, "awarded_provider_id"),
                new PackageTerms(row.getInt("weekly_minutes"), PackageReading.visitPattern(row)), row.getInt("variation_response_days"));
    }
}
