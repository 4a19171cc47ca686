package uk.homecare.portal.compliance;

import jakarta.inject.Singleton;
import java.util.UUID;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Who may see a provider's compliance record: its own staff, and the staff of a council it holds a contract with
 * (row-level security says the same underneath). Anyone else is told there is no such provider (404).
 */
@Singleton
class ProviderAccess {

    private final Sql sql;

    ProviderAccess(Sql sql) {
        this.sql = sql;
    }

    static boolean providerStaff(Actor actor) {
        return actor.role() == Role.PROVIDER || actor.role() == Role.PROVIDER_ADMIN;
    }

    boolean maySee(Actor actor, UUID provider) {
        if (providerStaff(actor)) {
            return provider.equals(actor.organisationId());
        }
        return actor.councilId() != null && councilWorksWith(actor.councilId(), provider);
    }

    boolean councilWorksWith(UUID council, UUID provider) {
        return sql.one("""
                select 1 from organisation_council oc join organisation o on o.id = oc.organisation_id and o.kind = 'PROVIDER'
                 where oc.organisation_id = ? and oc.council_id = ?""", row -> true, provider, council).isPresent();
    }

    /** The provider's name, when the actor may see it; 404 otherwise. */
    String see(Actor actor, UUID provider) {
        if (!maySee(actor, provider)) {
            throw PortalProblem.notFound(Problems.message("compliance.provider.not-found"));
        }
        return sql.one("select name from organisation where id = ?", row -> row.getString("name"), provider)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("compliance.provider.not-found")));
    }
}
