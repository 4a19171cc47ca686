package uk.homecare.portal.brokerage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.person.PersonRegister;
import uk.homecare.portal.person.Postcode;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * Use cases: a commissioner drafts a care package for a person (found in the register, or added to it), then publishes it into
 * the cascade. The needs summary must not identify the person ({@link NeedsSummaryPolicy}), checked at both steps.
 */
@Singleton
public class PackageDrafting {

    private final Sql sql;
    private final Cascade cascade;
    private final CommissionerBoard board;
    private final PersonRegister register;
    private final AuditTrail audit;
    private final Clock clock;
    private final WeeklySchedules schedules;
    private final EmergencyOffers emergencyOffers;

    PackageDrafting(Sql sql, Cascade cascade, CommissionerBoard board, PersonRegister register, AuditTrail audit, Clock clock,
            WeeklySchedules schedules, EmergencyOffers emergencyOffers) {
        this.emergencyOffers = emergencyOffers;
        this.schedules = schedules;
        this.sql = sql;
        this.cascade = cascade;
        this.board = board;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CarePackage draft(Actor actor, PackageForm form) {
        return board.carePackage(actor, draftFor(actor, actor.homeCouncil(), form, null, null));
    }

    /** Drafts a package in {@code council}; a partner system's packages carry the partner and its own reference. */
    UUID draftFor(Actor actor, UUID council, PackageForm form, UUID placedBy, String partnerReference) {
        checkCare(council, form);
        UUID person = register.findOrCreate(actor, council, form.person());
        checkSummary(form, person);
        UUID id = sql.one("""
                insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes,
                       visits_per_day, visit_minutes, times_of_day, out_of_hours, double_handed, start_date,
                       needs_summary, postcode_district, placed_by, partner_reference, matching_needs, urgency)
                select c.id, upper(left(c.code, 3)) || '-' || lpad(nextval('package_number')::text, 6, '0'),
                       ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?
                  from council c where c.id = ?
                returning id""", row -> Sql.uuid(row, "id"),
                person, form.zoneId(), form.lotId(), form.funding(), form.weeklyMinutes(),
                form.visitPattern().visitsPerDay(), form.visitPattern().visitMinutes(),
                PackageReading.timesOfDay(form.visitPattern().timesOfDay()), form.visitPattern().outOfHours(),
                form.visitPattern().doubleHanded(), form.startDate(), form.needsSummary().strip(),
                Postcode.district(form.person().postcode()), placedBy, partnerReference,
                WeeklySchedules.stored(needsOf(form)), Urgency.orRoutine(form.urgency()), council).orElseThrow();
        schedules.replace(id, scheduleOf(form));
        audit.record(actor, council, AuditAction.DRAFTED, "care_package", id, Map.of(
                "funding", form.funding(), "weeklyMinutes", form.weeklyMinutes(), "startDate", form.startDate().toString(),
                "urgency", Urgency.orRoutine(form.urgency())));
        return id;
    }

    @Transactional
    public CarePackage publish(Actor actor, UUID id) {
        CarePackage draft = board.carePackage(actor, id);
        publishDraft(actor, draft.council().id(), id, draft.status());
        return board.carePackage(actor, id);
    }

    void publishDraft(Actor actor, UUID council, UUID id, PackageStatus status) {
        if (!PackageActions.publishable(status)) {
            throw BrokerageProblems.conflict("brokerage.publish.not-draft", status);
        }
        // Checked again as published: the person's record may have been corrected since the draft.
        Draft draft = sql.one("select person_id, needs_summary, urgency from care_package where id = ? for update",
                        row -> new Draft(Sql.uuid(row, "person_id"), row.getString("needs_summary"),
                                Urgency.valueOf(row.getString("urgency"))), id).orElseThrow(BrokerageProblems::packageNotFound);
        NeedsSummaryPolicy.check(draft.needsSummary(), recorded(draft.person()));
        audit.record(actor, council, AuditAction.PUBLISHED, "care_package", id, Map.of());
        // The CHC fast track starts where an emergency goes: offered at once to every provider with spare capacity in the zone.
        if (draft.urgency() == Urgency.FAST_TRACK_CHC
                && emergencyOffers.offerToAllWithCapacity(id, clock.instant(), Cascade.Mover.of(actor, "fast-track CHC")).moved()) {
            return;
        }
        cascade.start(id, clock.instant(), Cascade.Mover.of(actor, "published"));
    }

    private record Draft(UUID person, String needsSummary, Urgency urgency) {}

    static List<ScheduledVisit> scheduleOf(PackageForm form) {
        return form.schedule() == null ? List.of() : form.schedule();
    }

    static Set<MatchingNeed> needsOf(PackageForm form) {
        return form.matchingNeeds() == null ? Set.of() : form.matchingNeeds();
    }

    /**
     * The care a form describes, checked as drafting checks it: zone and lot of the council, visits long enough, a
     * schedule that adds up ({@link SchedulePolicy}), no past start.
     */
    void checkCare(UUID council, PackageForm form) {
        checkPlace(council, form);
        if (form.urgency() == Urgency.FAST_TRACK_CHC && form.funding() != Funding.NHS_CHC) {
            throw BrokerageProblems.invalid("urgency", "brokerage.urgency.fast-track-not-chc");
        }
        int shortestVisit = checkVisits(council, form.visitPattern().visitMinutes());
        SchedulePolicy.check(scheduleOf(form), form.weeklyMinutes(), shortestVisit);
        if (form.startDate().isBefore(UkTime.today(clock))) {
            throw BrokerageProblems.invalid("startDate", "brokerage.start.past");
        }
    }

    /** The needs summary must identify neither the person as entered nor as the register records them. */
    void checkSummary(PackageForm form, UUID person) {
        PersonDetails entered = form.person();
        NeedsSummaryPolicy.check(form.needsSummary(), new NeedsSummaryPolicy.Person(entered.givenName(), entered.familyName(),
                entered.dateOfBirth(), entered.nhsNumber(), entered.addressLine(), entered.postcode()), recorded(person));
    }

    /** The person as the register records them. */
    private NeedsSummaryPolicy.Person recorded(UUID person) {
        return sql.one("select given_name, family_name, date_of_birth, nhs_number, address_line, postcode from person where id = ?",
                row -> new NeedsSummaryPolicy.Person(row.getString("given_name"), row.getString("family_name"),
                        Sql.date(row, "date_of_birth"), row.getString("nhs_number"), row.getString("address_line"),
                        row.getString("postcode")), person).orElseThrow();
    }

    private void checkPlace(UUID council, PackageForm form) {
        boolean zoneInUse = sql.one("select 1 from zone where id = ? and council_id = ? and (retired_on is null or retired_on > ?)",
                row -> true, form.zoneId(), council, UkTime.today(clock)).isPresent();
        if (!zoneInUse) {
            throw BrokerageProblems.invalid("zoneId", "brokerage.zone.unknown");
        }
        UUID lotZone = sql.one("select zone_id from lot where id = ? and council_id = ?",
                        row -> Optional.ofNullable(Sql.uuid(row, "zone_id")), form.lotId(), council)
                .orElseThrow(() -> BrokerageProblems.invalid("lotId", "brokerage.lot.unknown"))
                .orElse(null);
        if (lotZone != null && !Objects.equals(lotZone, form.zoneId())) {
            throw BrokerageProblems.invalid("lotId", "brokerage.lot.other-zone");
        }
    }

    /** Refuses visits shorter than the council's shortest; answers that shortest, for the schedule's visits. */
    int checkVisits(UUID council, int visitMinutes) {
        int minimum = sql.one("select min_visit_minutes from council where id = ?", row -> row.getInt(1), council).orElseThrow();
        if (visitMinutes < minimum) {
            throw PortalProblem.outOfRange("visitPattern.visitMinutes", "brokerage.visit.too-short", "min", minimum);
        }
        return minimum;
    }
}
