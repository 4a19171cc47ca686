package uk.homecare.portal.quality;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use cases: a commissioner suspends a provider registered with the council from new offers, saying why, and lifts the
 * suspension, saying why. The registration row is locked first, so of two at once one waits and finds the other's.
 * Offers already made stay, but the provider may not accept or bid on them while suspended (ProviderGates).
 */
@Singleton
class Suspensions {

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    Suspensions(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void suspend(Actor actor, UUID provider, String reason) {
        UUID council = lockRegistration(actor, provider);
        if (current(council, provider)) {
            throw PortalProblem.conflict(Problems.message("quality.suspension.already"));
        }
        sql.update("""
                insert into provider_suspension (council_id, provider_id, reason, suspended_at, suspended_by) values (?, ?, ?, ?, ?)""",
                council, provider, reason.strip(), clock.instant(), actor.id());
        audit.record(actor, council, AuditAction.PROVIDER_SUSPENDED, "organisation", provider,
                Map.of("provider", name(provider), "reason", reason.strip()));
    }

    @Transactional
    void lift(Actor actor, UUID provider, String reason) {
        UUID council = lockRegistration(actor, provider);
        if (!current(council, provider)) {
            throw PortalProblem.conflict(Problems.message("quality.suspension.none"));
        }
        sql.update("""
                update provider_suspension set lifted_at = ?, lifted_by = ?, lift_reason = ?
                 where council_id = ? and provider_id = ? and lifted_at is null""",
                clock.instant(), actor.id(), reason.strip(), council, provider);
        audit.record(actor, council, AuditAction.PROVIDER_SUSPENSION_LIFTED, "organisation", provider,
                Map.of("provider", name(provider), "reason", reason.strip()));
    }

    private UUID lockRegistration(Actor actor, UUID provider) {
        UUID council = actor.homeCouncil();
        sql.one("select 1 from organisation_council where organisation_id = ? and council_id = ? for update", row -> true, provider, council)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("quality.provider.not-found")));
        return council;
    }

    private boolean current(UUID council, UUID provider) {
        return sql.one("select 1 from provider_suspension where council_id = ? and provider_id = ? and lifted_at is null",
                row -> true, council, provider).isPresent();
    }

    private String name(UUID provider) {
        return sql.one("select name from organisation where id = ?", row -> row.getString("name"), provider).orElseThrow();
    }
}
