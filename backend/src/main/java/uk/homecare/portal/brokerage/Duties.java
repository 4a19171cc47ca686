package uk.homecare.portal.brokerage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.Duty;
import uk.homecare.portal.api.brokerage.DutyForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * Use case: a commissioner goes on or off duty for their council's emergencies, themselves. Emergencies are told to the
 * commissioners on duty, and to every commissioner of the council when none is ({@code EmergencyNotices}). A change is
 * audited; going on duty when on duty already (or off when off) changes nothing and is not.
 */
@Singleton
class Duties {

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    Duties(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    Duty duty(Actor actor) {
        var since = sql.one("select on_duty_since from app_user where id = ?", row -> java.util.Optional.ofNullable(Sql.instant(row, "on_duty_since")),
                actor.id()).flatMap(s -> s).orElse(null);
        var onDuty = sql.list("""
                select display_name from app_user
                 where council_id = ? and role = 'COMMISSIONER' and enabled and on_duty_since is not null
                 order by display_name, id""", row -> row.getString("display_name"), actor.homeCouncil());
        return new Duty(since != null, since, onDuty);
    }

    @Transactional
    Duty change(Actor actor, DutyForm form) {
        int changed = form.onDuty()
                ? sql.update("update app_user set on_duty_since = ? where id = ? and on_duty_since is null", clock.instant(), actor.id())
                : sql.update("update app_user set on_duty_since = null where id = ? and on_duty_since is not null", actor.id());
        if (changed > 0) {
            audit.record(actor, actor.homeCouncil(), AuditAction.DUTY_CHANGED, "app_user", actor.id(), Map.of("onDuty", form.onDuty()));
        }
        return duty(actor);
    }
}
