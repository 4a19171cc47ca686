package uk.homecare.portal.compliance;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.compliance.ActionCompletion;
import uk.homecare.portal.api.compliance.MonitoringAction;
import uk.homecare.portal.api.compliance.MonitoringActionForm;
import uk.homecare.portal.api.compliance.MonitoringActionStatus;
import uk.homecare.portal.api.compliance.MonitoringActionStep;
import uk.homecare.portal.api.compliance.MonitoringVisit;
import uk.homecare.portal.api.compliance.MonitoringVisitForm;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Contract monitoring visits: a commissioner records a visit of their council to a provider it works with (its day,
 * findings and actions with due dates); the provider sees every council's visits to it and marks an open action done
 * with a note. A council's commissioners see their own council's visits only.
 */
@Singleton
class MonitoringVisits {

    private static final String VISITS = """
            select v.id, v.council_id, c.name as council_name, v.provider_id, v.visited_on, v.findings, v.recorded_at
              from monitoring_visit v join council c on c.id = v.council_id
            """;

    private static final String ACTIONS = """
            select id, visit_id, number, description, due_on, status, done_note, done_at
              from monitoring_action where visit_id = any(?) order by visit_id, number""";

    private record Header(UUID id, UUID councilId, String councilName, UUID providerId, LocalDate visitedOn, String findings,
                          Instant recordedAt) {}

    private final Sql sql;
    private final ProviderAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    MonitoringVisits(Sql sql, ProviderAccess access, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    MonitoringVisit record(Actor actor, UUID provider, MonitoringVisitForm form) {
        UUID council = actor.homeCouncil();
        if (!access.councilWorksWith(council, provider)) {
            throw PortalProblem.notFound(Problems.message("compliance.provider.not-found"));
        }
        LocalDate today = UkTime.today(clock);
        if (form.visitedOn().isAfter(today)) {
            throw PortalProblem.invalid("visitedOn", Problems.message("compliance.visit.future"));
        }
        for (int i = 0; i < form.actions().size(); i++) {
            if (form.actions().get(i).dueOn().isBefore(form.visitedOn())) {
                throw PortalProblem.invalid("actions[" + i + "].dueOn", Problems.message("compliance.visit.due-before-visit"));
            }
        }
        Instant now = clock.instant();
        UUID id = sql.one("""
                insert into monitoring_visit (council_id, provider_id, visited_on, findings, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""", DocumentRows::uuid, council, provider, form.visitedOn(),
                form.findings().strip(), actor.id(), now).orElseThrow();
        int number = 0;
        for (MonitoringActionForm action : form.actions()) {
            sql.update("""
                    insert into monitoring_action (visit_id, council_id, number, description, due_on) values (?, ?, ?, ?, ?)""",
                    id, council, ++number, action.description().strip(), action.dueOn());
        }
        audit.record(actor, council, AuditAction.MONITORING_VISIT_RECORDED, "monitoring_visit", id,
                Map.of("provider", provider.toString(), "visitedOn", form.visitedOn().toString(), "actions", form.actions().size()));
        return read(actor, VISITS + " where v.id = ?", id).getFirst();
    }

    @Transactional
    MonitoringVisit complete(Actor actor, UUID actionId, ActionCompletion completion) {
        UUID provider = actor.homeOrganisation();
        record Facts(UUID visit, UUID council, int number, String status) {}
        Facts facts = sql.one("""
                select a.visit_id, a.council_id, a.number, a.status
                  from monitoring_action a join monitoring_visit v on v.id = a.visit_id
                 where a.id = ? and v.provider_id = ? for update of a""",
                row -> new Facts(Sql.uuid(row, "visit_id"), Sql.uuid(row, "council_id"), row.getInt("number"), row.getString("status")),
                actionId, provider).orElseThrow(() -> PortalProblem.notFound(Problems.message("compliance.action.not-found")));
        if (!"OPEN".equals(facts.status())) {
            throw PortalProblem.conflict(Problems.message("compliance.action.done"));
        }
        sql.update("update monitoring_action set status = 'DONE', done_note = ?, done_by = ?, done_at = ? where id = ?",
                completion.note().strip(), actor.id(), clock.instant(), actionId);
        audit.record(actor, facts.council(), AuditAction.MONITORING_ACTION_DONE, "monitoring_visit", facts.visit(),
                Map.of("actionId", actionId.toString(), "number", facts.number()));
        return read(actor, VISITS + " where v.id = ?", facts.visit()).getFirst();
    }

    /** The visits to the provider the actor sees: the provider's staff every council's, a council's staff their own council's. */
    List<MonitoringVisit> of(Actor actor, UUID provider) {
        if (ProviderAccess.providerStaff(actor)) {
            return read(actor, VISITS + " where v.provider_id = ? order by v.visited_on desc, v.recorded_at desc", provider);
        }
        return read(actor, VISITS + " where v.provider_id = ? and v.council_id = ? order by v.visited_on desc, v.recorded_at desc",
                provider, actor.homeCouncil());
    }

    private List<MonitoringVisit> read(Actor actor, String query, Object... parameters) {
        List<Header> headers = sql.list(query, MonitoringVisits::header, parameters);
        if (headers.isEmpty()) {
            return List.of();
        }
        LocalDate today = UkTime.today(clock);
        boolean mayMarkDone = Capabilities.has(actor, Capability.KEEP_COMPLIANCE_DOCUMENTS);
        Map<UUID, List<MonitoringAction>> actions = new LinkedHashMap<>();
        sql.list(ACTIONS, row -> actions.computeIfAbsent(Sql.uuid(row, "visit_id"), visit -> new ArrayList<>())
                .add(action(row, today, mayMarkDone)), headers.stream().map(Header::id).toList());
        return headers.stream().map(h -> new MonitoringVisit(h.id(), h.councilId(), h.councilName(), h.providerId(), h.visitedOn(),
                h.findings(), h.recordedAt(), List.copyOf(actions.getOrDefault(h.id(), List.of())))).toList();
    }

    private static Header header(ResultSet row) throws SQLException {
        return new Header(Sql.uuid(row, "id"), Sql.uuid(row, "council_id"), row.getString("council_name"), Sql.uuid(row, "provider_id"),
                Sql.date(row, "visited_on"), row.getString("findings"), Sql.instant(row, "recorded_at"));
    }

    private static MonitoringAction action(ResultSet row, LocalDate today, boolean mayMarkDone) throws SQLException {
        MonitoringActionStatus status = MonitoringActionStatus.valueOf(row.getString("status"));
        LocalDate due = Sql.date(row, "due_on");
        boolean open = status == MonitoringActionStatus.OPEN;
        return new MonitoringAction(Sql.uuid(row, "id"), row.getInt("number"), row.getString("description"), due, status,
                open && due.isBefore(today), row.getString("done_note"), Sql.instant(row, "done_at"),
                open && mayMarkDone ? List.of(MonitoringActionStep.MARK_DONE) : List.of());
    }
}
