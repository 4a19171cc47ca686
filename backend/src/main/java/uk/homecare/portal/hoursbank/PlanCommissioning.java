package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;

/** Use case: a commissioner gives a person of their council a flexible-hours plan delivered by one provider. */
@Singleton
public class PlanCommissioning {

    static final String SELECT = """
            select hp.*, pe.given_name || ' ' || pe.family_name as person_name, org.name as provider_name, c.name as council_name
              from hours_plan hp
              join person pe on pe.id = hp.person_id
              join organisation org on org.id = hp.provider_id
              join council c on c.id = hp.council_id
            """;

    private final Sql sql;
    private final LotCrediting crediting;
    private final AuditTrail audit;
    private final Clock clock;

    PlanCommissioning(Sql sql, LotCrediting crediting, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.crediting = crediting;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public HoursPlan createPlan(Actor actor, PlanForm form) {
        UUID council = actor.homeCouncil();
        if (sql.one("select 1 from person where id = ? and council_id = ?", row -> true, form.personId(), council).isEmpty()) {
            throw HoursBankProblems.invalid("personId", "hours.plan.person-unknown");
        }
        boolean contracted = sql.one("""
                select 1 from organisation o join organisation_council oc on oc.organisation_id = o.id
                 where o.id = ? and o.kind = 'PROVIDER' and oc.council_id = ?""", row -> true, form.providerId(), council).isPresent();
        if (!contracted) {
            throw HoursBankProblems.invalid("providerId", "hours.plan.provider-unknown");
        }
        if (form.startsOn().getDayOfWeek() != DayOfWeek.MONDAY) {
            throw HoursBankProblems.invalid("startsOn", "hours.plan.starts-monday");
        }
        if (form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw HoursBankProblems.invalid("endsOn", "hours.plan.ends-before-start");
        }
        UUID id = sql.one("""
                insert into hours_plan (council_id, person_id, provider_id, weekly_minutes, starts_on, ends_on)
                values (?, ?, ?, ?, ?, ?) on conflict (person_id) do nothing returning id""",
                row -> uuid(row, "id"), council, form.personId(), form.providerId(), form.weeklyMinutes(), form.startsOn(), form.endsOn())
                .orElseThrow(() -> HoursBankProblems.conflict("hours.plan.exists"));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("weeklyMinutes", form.weeklyMinutes());
        details.put("startsOn", form.startsOn().toString());
        details.put("endsOn", form.endsOn() == null ? "" : form.endsOn().toString());
        audit.record(actor, council, AuditAction.HOURS_PLAN_CREATED, "hours_plan", id, details);
        crediting.creditDue(form.personId(), UkTime.today(clock), clock.instant());
        return sql.one(SELECT + " where hp.id = ?", PlanCommissioning::read, id).orElseThrow();
    }

    List<HoursPlan> plans(Actor actor) {
        return sql.list(SELECT + " where hp.council_id = ? order by pe.family_name, pe.given_name", PlanCommissioning::read, actor.homeCouncil());
    }

    static HoursPlan read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new HoursPlan(uuid(row, "id"),
                new NamedRef(uuid(row, "person_id"), row.getString("person_name")),
                new NamedRef(uuid(row, "provider_id"), row.getString("provider_name")),
                new NamedRef(uuid(row, "council_id"), row.getString("council_name")),
                row.getInt("weekly_minutes"), date(row, "starts_on"), date(row, "ends_on"));
    }
}
