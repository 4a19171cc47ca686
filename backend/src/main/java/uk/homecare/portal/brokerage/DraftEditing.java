package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.person.PersonRegister;
import uk.homecare.portal.person.Postcode;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: a commissioner edits every field of a draft, checked as drafting checks it, against the version they
 * loaded (two edits racing: the second is refused, never silently lost). Once published a package is no draft: 409.
 */
@Singleton
class DraftEditing {

    private record Locked(UUID councilId, PackageStatus status, int version, UUID person) {}

    private final Sql sql;
    private final PackageDrafting drafting;
    private final CommissionerBoard board;
    private final PersonRegister register;
    private final AuditTrail audit;
    private final WeeklySchedules schedules;

    DraftEditing(Sql sql, PackageDrafting drafting, CommissionerBoard board, PersonRegister register, AuditTrail audit,
            WeeklySchedules schedules) {
        this.schedules = schedules;
        this.sql = sql;
        this.drafting = drafting;
        this.board = board;
        this.register = register;
        this.audit = audit;
    }

    @Transactional
    CarePackage edit(Actor actor, UUID id, @Nullable String ifMatch, PackageForm form) {
        UUID council = actor.homeCouncil();
        Locked locked = sql.one("select council_id, status, version, person_id from care_package where id = ? and council_id = ? for update",
                row -> new Locked(Sql.uuid(row, "council_id"), PackageStatus.valueOf(row.getString("status")), row.getInt("version"),
                        Sql.uuid(row, "person_id")), id, council).orElseThrow(BrokerageProblems::packageNotFound);
        if (!PackageActions.editable(locked.status())) {
            throw BrokerageProblems.conflict("brokerage.edit.not-draft", locked.status());
        }
        if (locked.version() != VersionTag.parse(ifMatch)) {
            throw PortalProblem.conflict(Problems.message("problem.stale"));
        }
        CarePackage before = board.carePackage(actor, id);
        drafting.checkCare(council, form);
        UUID person = register.reviseForDraft(actor, council, id, locked.person(), form.person());
        drafting.checkSummary(form, person);
        sql.update("""
                update care_package set person_id = ?, zone_id = ?, lot_id = ?, funding = ?, weekly_minutes = ?, visits_per_day = ?,
                       visit_minutes = ?, times_of_day = ?, out_of_hours = ?, double_handed = ?, start_date = ?, needs_summary = ?,
                       postcode_district = ?, matching_needs = string_to_array(?, ','), urgency = ?, version = version + 1
                 where id = ?""", person, form.zoneId(), form.lotId(), form.funding(), form.weeklyMinutes(),
                form.visitPattern().visitsPerDay(), form.visitPattern().visitMinutes(),
                PackageReading.timesOfDay(form.visitPattern().timesOfDay()), form.visitPattern().outOfHours(),
                form.visitPattern().doubleHanded(), form.startDate(), form.needsSummary().strip(),
                Postcode.district(form.person().postcode()), WeeklySchedules.stored(PackageDrafting.needsOf(form)),
                uk.homecare.portal.api.brokerage.Urgency.orRoutine(form.urgency()), id);
        schedules.replace(id, PackageDrafting.scheduleOf(form));
        CarePackage after = board.carePackage(actor, id);
        audit.record(actor, council, AuditAction.DRAFT_EDITED, "care_package", id, Map.of("fields", changed(before, after)));
        return after;
    }

    /** The names of the fields that changed, never their values: the trail is read by more people than the draft. */
    static List<String> changed(CarePackage before, CarePackage after) {
        List<String> fields = new ArrayList<>();
        note(fields, "zoneId", before.zone().id(), after.zone().id());
        note(fields, "lotId", before.lot().id(), after.lot().id());
        note(fields, "funding", before.funding(), after.funding());
        note(fields, "weeklyMinutes", before.weeklyMinutes(), after.weeklyMinutes());
        note(fields, "visitPattern", before.visitPattern(), after.visitPattern());
        note(fields, "startDate", before.startDate(), after.startDate());
        note(fields, "needsSummary", before.needsSummary(), after.needsSummary());
        note(fields, "schedule", before.schedule(), after.schedule());
        note(fields, "matchingNeeds", before.matchingNeeds(), after.matchingNeeds());
        note(fields, "person", before.person(), after.person());
        note(fields, "urgency", before.urgency(), after.urgency());
        return fields;
    }

    private static void note(List<String> fields, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
    }
}
