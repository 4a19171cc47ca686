package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.hoursbank.HoursChange;
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
                 where o.id = ? and o.kind = 'PROVIDER' and oc.council_id = ? and (oc.until is null or oc.until > ?)""",
                row -> true, form.providerId(), council, latest(UkTime.today(clock), form.startsOn())).isPresent();
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
        LocalDate today = UkTime.today(clock);
        crediting.creditDue(form.personId(), today, clock.instant());
        crediting.markSettled(id, today);
        return plan(actor, id);
    }

    List<HoursPlan> plans(Actor actor) {
        UUID council = actor.homeCouncil();
        Map<UUID, List<HoursChange>> changes = new HashMap<>();
        sql.list("select plan_id, from_monday, weekly_minutes from hours_plan_change where council_id = ? order by from_monday",
                row -> Map.entry(uuid(row, "plan_id"), new HoursChange(date(row, "from_monday"), row.getInt("weekly_minutes"))), council)
                .forEach(change -> changes.computeIfAbsent(change.getKey(), plan -> new ArrayList<>()).add(change.getValue()));
        LocalDate today = UkTime.today(clock);
        return sql.list(SELECT + " where hp.council_id = ? order by pe.family_name, pe.given_name", PlanCommissioning::read, council).stream()
                .map(plan -> plan.withChanges(changes.getOrDefault(plan.id(), List.of()), actor, today))
                .toList();
    }

    /** One plan of the caller's council as it stands today, with its changes to come and the caller's actions. */
    HoursPlan plan(Actor actor, UUID planId) {
        Read plan = sql.one(SELECT + " where hp.id = ? and hp.council_id = ?", PlanCommissioning::read, planId, actor.homeCouncil())
                .orElseThrow(() -> HoursBankProblems.notFound("hours.plan.not-found"));
        List<HoursChange> changes = sql.list("select from_monday, weekly_minutes from hours_plan_change where plan_id = ? order by from_monday",
                row -> new HoursChange(date(row, "from_monday"), row.getInt("weekly_minutes")), planId);
        return plan.withChanges(changes, actor, UkTime.today(clock));
    }

    /** The person's plan as it stands today, for whoever looks at their hours bank. */
    static Optional<HoursPlan> ofPerson(Sql sql, Actor actor, UUID personId, LocalDate today) {
        return sql.one(SELECT + " where hp.person_id = ?", PlanCommissioning::read, personId).map(plan -> plan.withChanges(
                sql.list("select from_monday, weekly_minutes from hours_plan_change where plan_id = ? order by from_monday",
                        row -> new HoursChange(date(row, "from_monday"), row.getInt("weekly_minutes")), plan.id()), actor, today));
    }

    /** A plan row as read, before its changes of hours are applied. */
    record Read(UUID id, UUID councilId, NamedRef person, NamedRef provider, NamedRef council, int weeklyMinutes, LocalDate startsOn,
                @Nullable LocalDate endsOn, @Nullable LocalDate stoppedOn) {

        PlanRow row() {
            return new PlanRow(id, person.id(), councilId, provider.id(), startsOn, endsOn, stoppedOn, null);
        }

        /** The minutes in force in the week of {@code today} (or the first week, before the start), and the changes after it. */
        HoursPlan withChanges(List<HoursChange> changes, Actor actor, LocalDate today) {
            LocalDate week = Durations.monday(today.isBefore(startsOn) ? startsOn : today);
            int minutes = weeklyMinutes;
            List<HoursChange> toCome = new ArrayList<>();
            for (HoursChange change : changes) {
                if (change.fromMonday().isAfter(week)) {
                    toCome.add(change);
                } else {
                    minutes = change.weeklyMinutes();
                }
            }
            return new HoursPlan(id, person, provider, council, minutes, startsOn, endsOn, stoppedOn, toCome,
                    PlanActions.of(actor, row(), today));
        }
    }

    static Read read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Read(uuid(row, "id"), uuid(row, "council_id"),
                new NamedRef(uuid(row, "person_id"), row.getString("person_name")),
                new NamedRef(uuid(row, "provider_id"), row.getString("provider_name")),
                new NamedRef(uuid(row, "council_id"), row.getString("council_name")),
                row.getInt("weekly_minutes"), date(row, "starts_on"), date(row, "ends_on"), date(row, "stopped_on"));
    }

    /** A plan needs its provider's contract live from today, or from the plan's start when that is later. */
    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
