package uk.homecare.portal.brokerage;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.ChangeKind;
import uk.homecare.portal.api.brokerage.ChangeState;
import uk.homecare.portal.api.brokerage.EndReason;
import uk.homecare.portal.api.brokerage.PackageChange;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.hoursbank.PlanEndings;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.notification.PackageChangeNotices;
import uk.homecare.portal.platform.Sql;

/**
 * Use cases: the provider holding an awarded package reports a hospital admission, a discharge or an ending; a
 * commissioner of its council confirms or rejects what was reported, or resumes or ends the package directly.
 * A confirmed admission suspends the package from its date (the provider still holds it); a discharge makes it
 * AWARDED again; an ending ends it (and the person's hours plan with that provider). Each step locks the package's
 * row first, so of two reports, or a confirmation and a rejection, racing, the second finds the first done.
 */
@Singleton
class PausesAndEndings {

    /** How many days back an admission, discharge or ending may be reported: they are reported after they happen. */
    static final int DAYS_BACK = 14;

    private record Locked(UUID id, UUID councilId, PackageStatus status, @Nullable UUID provider, @Nullable LocalDate suspendedOn) {}

    private record Awaiting(UUID id, ChangeKind kind, LocalDate effectiveOn, @Nullable EndReason endReason) {}

    private static final String CHANGE_COLUMNS = """
            id, package_id, kind, effective_on, end_reason, state, raised_by_role, raised_at, decided_at, rejection_reason""";

    private final Sql sql;
    private final CommissionerBoard board;
    private final Awarding awarding;
    private final AuditTrail audit;
    private final PackageChangeNotices notices;
    private final PlanEndings plans;
    private final Clock clock;

    PausesAndEndings(Sql sql, CommissionerBoard board, Awarding awarding, AuditTrail audit, PackageChangeNotices notices,
            PlanEndings plans, Clock clock) {
        this.sql = sql;
        this.board = board;
        this.awarding = awarding;
        this.audit = audit;
        this.notices = notices;
        this.plans = plans;
        this.clock = clock;
    }

    /** The provider reports what happened; the council's commissioners are told, and it waits for their decision. */
    @Transactional
    PackageChange report(Actor actor, UUID packageId, ChangeKind kind, LocalDate on, @Nullable EndReason reason, String field) {
        Locked p = lock("p.id = ? and p.awarded_provider_id = ?", packageId, actor.homeOrganisation())
                .orElseThrow(() -> BrokerageProblems.notFound("brokerage.hand-back.not-yours"));
        refuseUnlessReportable(p, kind);
        checkDate(p, kind, on, field);
        UUID change = sql.one("""
                insert into package_change (council_id, package_id, kind, effective_on, end_reason, raised_by, raised_by_role, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", row -> uuid(row, "id"),
                p.councilId(), packageId, kind.name(), on, reason == null ? null : reason.name(), actor.id(), actor.role().name(),
                clock.instant()).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(dateKey(kind), on.toString());
        if (reason != null) {
            details.put("endReason", reason.name());
        }
        details.put("provider", awarding.providerName(actor.homeOrganisation()));
        audit.record(actor, p.councilId(), switch (kind) {
            case ADMISSION -> AuditAction.ADMISSION_REPORTED;
            case DISCHARGE -> AuditAction.DISCHARGE_REPORTED;
            case ENDING -> AuditAction.ENDING_REPORTED;
        }, "care_package", packageId, details);
        notices.reported(packageId, kind.name(), on, clock.instant());
        return change(change);
    }

    /** A commissioner confirms what awaits: it takes effect from its date, and everyone concerned is told. */
    @Transactional
    CarePackage confirm(Actor actor, UUID packageId) {
        Locked p = lockOfCouncil(actor, packageId);
        Awaiting awaiting = awaiting(p).orElseThrow(() -> BrokerageProblems.conflict("brokerage.change.none"));
        if (!PackageActions.reportable(awaiting.kind(), p.status())) {
            throw BrokerageProblems.conflict("brokerage.change.not-now." + awaiting.kind().name(), p.status().name());
        }
        decide(actor, awaiting, ChangeState.CONFIRMED, null);
        apply(actor, p, awaiting.kind(), awaiting.effectiveOn(), awaiting.endReason(), true);
        return board.carePackage(actor, packageId);
    }

    /** A commissioner rejects what awaits, saying why: nothing changes but the provider is told the reason. */
    @Transactional
    CarePackage reject(Actor actor, UUID packageId, String reason) {
        Locked p = lockOfCouncil(actor, packageId);
        Awaiting awaiting = awaiting(p).orElseThrow(() -> BrokerageProblems.conflict("brokerage.change.none"));
        decide(actor, awaiting, ChangeState.REJECTED, reason.strip());
        audit.record(actor, p.councilId(), AuditAction.CHANGE_REJECTED, "care_package", packageId,
                Map.of("kind", awaiting.kind().name(), "reason", reason.strip()));
        notices.rejected(packageId, awaiting.kind().name(), clock.instant());
        return board.carePackage(actor, packageId);
    }

    /** A commissioner records a discharge or an ending directly (the council learnt of it first): in effect at once. */
    @Transactional
    CarePackage record(Actor actor, UUID packageId, ChangeKind kind, LocalDate on, @Nullable EndReason reason, String field) {
        Locked p = lockOfCouncil(actor, packageId);
        refuseUnlessReportable(p, kind);
        checkDate(p, kind, on, field);
        Instant now = clock.instant();
        sql.update("""
                insert into package_change (council_id, package_id, kind, effective_on, end_reason, state, raised_by, raised_by_role,
                                            raised_at, decided_by, decided_at)
                values (?, ?, ?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?)""",
                p.councilId(), packageId, kind.name(), on, reason == null ? null : reason.name(), actor.id(), actor.role().name(), now,
                actor.id(), now);
        apply(actor, p, kind, on, reason, false);
        return board.carePackage(actor, packageId);
    }

    List<PackageChange> changesOfCouncil(Actor actor, UUID packageId) {
        board.carePackage(actor, packageId);
        return changes(packageId);
    }

    List<PackageChange> changesOfHeld(Actor actor, UUID packageId) {
        sql.one("select 1 from care_package where id = ? and awarded_provider_id = ? and status in ('AWARDED', 'SUSPENDED')",
                row -> true, packageId, actor.homeOrganisation())
                .orElseThrow(() -> BrokerageProblems.notFound("brokerage.hand-back.not-yours"));
        return changes(packageId);
    }

    private List<PackageChange> changes(UUID packageId) {
        return sql.list("select " + CHANGE_COLUMNS + " from package_change where package_id = ? order by seq",
                PausesAndEndings::read, packageId);
    }

    private void apply(Actor actor, Locked p, ChangeKind kind, LocalDate on, @Nullable EndReason reason, boolean reported) {
        Map<String, Object> details = new LinkedHashMap<>();
        UUID providerId = java.util.Objects.requireNonNull(p.provider());
        String provider = awarding.providerName(providerId);
        Instant now = clock.instant();
        switch (kind) {
            case ADMISSION -> {
                sql.update("""
                        update care_package set status = 'SUSPENDED', suspended_on = ?, hold_passed_told_at = null, version = version + 1
                         where id = ?""", on, p.id());
                details.put("suspendedOn", on.toString());
                details.put("provider", provider);
                audit.record(actor, p.councilId(), AuditAction.SUSPENDED, "care_package", p.id(), details);
                notices.careChanged(p.id(), "SUSPENDED", on, reported, now);
            }
            case DISCHARGE -> {
                sql.update("""
                        update care_package set status = 'AWARDED', suspended_on = null, hold_passed_told_at = null, version = version + 1
                         where id = ?""", p.id());
                details.put("resumedOn", on.toString());
                details.put("provider", provider);
                audit.record(actor, p.councilId(), AuditAction.RESUMED, "care_package", p.id(), details);
                notices.careChanged(p.id(), "RESUMED", on, reported, now);
            }
            case ENDING -> {
                sql.update("""
                        update care_package set status = 'ENDED', ended_on = ?, end_reason = ?, hand_back_on = null, stage_ends_at = null,
                               version = version + 1
                         where id = ?""", on, reason == null ? null : reason.name(), p.id());
                LocalDate today = UkTime.today(clock);
                boolean planEnded = plans.endPlanWith(actor, p.id(), providerId, on.isBefore(today) ? today : on);
                details.put("endedOn", on.toString());
                details.put("endReason", reason == null ? "" : reason.name());
                details.put("provider", provider);
                details.put("hoursPlanEnded", planEnded);
                audit.record(actor, p.councilId(), AuditAction.ENDED, "care_package", p.id(), details);
                notices.careChanged(p.id(), "ENDED", on, reported, now);
            }
        }
    }

    private void decide(Actor actor, Awaiting awaiting, ChangeState state, @Nullable String reason) {
        sql.update("""
                update package_change set state = ?, decided_by = ?, decided_at = ?, rejection_reason = ?
                 where id = ? and state = 'AWAITING'""", state.name(), actor.id(), clock.instant(), reason, awaiting.id());
    }

    private void refuseUnlessReportable(Locked p, ChangeKind kind) {
        if (!PackageActions.reportable(kind, p.status())) {
            throw BrokerageProblems.conflict("brokerage.change.not-now." + kind.name(), p.status().name());
        }
        if (awaiting(p).isPresent()) {
            throw BrokerageProblems.conflict("brokerage.change.awaiting");
        }
    }

    private void checkDate(Locked p, ChangeKind kind, LocalDate on, String field) {
        LocalDate today = UkTime.today(clock);
        if (on.isAfter(today)) {
            throw BrokerageProblems.invalid(field, "brokerage.change.date-future");
        }
        if (on.isBefore(today.minusDays(DAYS_BACK))) {
            throw BrokerageProblems.invalid(field, "brokerage.change.date-too-old", DAYS_BACK);
        }
        if (kind == ChangeKind.DISCHARGE && p.suspendedOn() != null && on.isBefore(p.suspendedOn())) {
            throw BrokerageProblems.invalid(field, "brokerage.change.before-admission", p.suspendedOn().toString());
        }
    }

    private java.util.Optional<Awaiting> awaiting(Locked p) {
        return sql.one("select id, kind, effective_on, end_reason from package_change where package_id = ? and state = 'AWAITING'",
                row -> new Awaiting(uuid(row, "id"), ChangeKind.valueOf(row.getString("kind")), date(row, "effective_on"),
                        row.getString("end_reason") == null ? null : EndReason.valueOf(row.getString("end_reason"))), p.id());
    }

    private Locked lockOfCouncil(Actor actor, UUID packageId) {
        return lock("p.id = ? and p.council_id = ?", packageId, actor.homeCouncil()).orElseThrow(BrokerageProblems::packageNotFound);
    }

    private java.util.Optional<Locked> lock(String where, Object... parameters) {
        return sql.one("select p.id, p.council_id, p.status, p.awarded_provider_id, p.suspended_on from care_package p where "
                        + where + " for update of p",
                row -> new Locked(uuid(row, "id"), uuid(row, "council_id"), PackageStatus.valueOf(row.getString("status")),
                        uuid(row, "awarded_provider_id"), date(row, "suspended_on")), parameters);
    }

    private PackageChange change(UUID id) {
        return sql.one("select " + CHANGE_COLUMNS + " from package_change where id = ?", PausesAndEndings::read, id).orElseThrow();
    }

    private static String dateKey(ChangeKind kind) {
        return switch (kind) {
            case ADMISSION -> "admittedOn";
            case DISCHARGE -> "dischargedOn";
            case ENDING -> "endedOn";
        };
    }

    private static PackageChange read(ResultSet row) throws SQLException {
        String reason = row.getString("end_reason");
        return new PackageChange(uuid(row, "id"), uuid(row, "package_id"), ChangeKind.valueOf(row.getString("kind")),
                date(row, "effective_on"), reason == null ? null : EndReason.valueOf(reason), ChangeState.valueOf(row.getString("state")),
                row.getString("raised_by_role"), instant(row, "raised_at"), instant(row, "decided_at"), row.getString("rejection_reason"));
    }
}
