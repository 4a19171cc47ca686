package uk.homecare.portal.hoursbank;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.hoursbank.PlanEndForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * What other features may do with plans: when a person's care package with a provider ends, their flexible-hours plan
 * with that provider ends too, through the commissioner's own "end a plan" use case (its rules, ledger, audit and
 * notices), in the caller's transaction.
 */
@Singleton
public class PlanEndings {

    private final Sql sql;
    private final PlanChanges changes;
    private final java.time.Clock clock;

    PlanEndings(Sql sql, PlanChanges changes, java.time.Clock clock) {
        this.sql = sql;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Ends, on {@code lastDay} (today or later), the plan of the package's person with {@code providerId}, if they have
     * one still open that started by then and would otherwise run past it; answers whether a plan was ended.
     */
    public boolean endPlanWith(Actor actor, UUID packageId, UUID providerId, LocalDate lastDay) {
        LocalDate today = UkTime.today(clock);
        return sql.one("""
                        select hp.id from hours_plan hp join care_package p on p.person_id = hp.person_id
                         where p.id = ? and hp.provider_id = ? and hp.starts_on <= ?::date
                           and (hp.ends_on is null or hp.ends_on > ?::date) and (hp.stopped_on is null or hp.stopped_on >= ?::date)""",
                        row -> Sql.uuid(row, "id"), packageId, providerId, lastDay, lastDay, today)
                .map(plan -> {
                    changes.end(actor, plan, new PlanEndForm(lastDay));
                    return true;
                })
                .orElse(false);
    }
}
