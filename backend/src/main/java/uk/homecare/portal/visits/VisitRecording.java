package uk.homecare.portal.visits;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.api.visits.VisitSource;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: the provider holding a package records what was delivered on one of its visits. The same visit (package,
 * day, planned start) is recorded once: a second time is a conflict, and a corrected visit is not taken (docs/visits.md).
 */
@Singleton
class VisitRecording {

    private final Sql sql;
    private final HeldPackages packages;
    private final BookingChecks bookings;
    private final VisitStore store;
    private final AuditTrail audit;
    private final Clock clock;

    VisitRecording(Sql sql, HeldPackages packages, BookingChecks bookings, VisitStore store, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.packages = packages;
        this.bookings = bookings;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Visit record(Actor actor, UUID packageId, VisitForm form) {
        UUID provider = actor.homeOrganisation();
        HeldPackage held = packages.byId(provider, packageId)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("visits.package.not-yours")));
        VisitLine visit = new VisitLine(1, held, form.visitDate(), form.plannedStart(), form.plannedEnd(), form.actualStart(),
                form.actualEnd(), form.carersPresent(), form.missed(), form.varianceReason(), form.varianceNote(), form.bookingId());
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(UkTime.ZONE);
        List<Refusal> refusals = VisitRules.check(visit, local.toLocalDate(), local.toLocalTime());
        if (!refusals.isEmpty()) {
            Refusal first = refusals.getFirst();
            throw PortalProblem.invalid(first.field().json, first.message());
        }
        for (BookingChecks.BookingRefusal refused : bookings.check(provider, List.of(visit))) {
            throw refused.conflict() ? PortalProblem.conflict(refused.refusal().message())
                    : PortalProblem.invalid(VisitField.BOOKING.json, refused.refusal().message());
        }
        try {
            store.write(actor, List.of(visit), VisitSource.API, null, now);
        } catch (VisitStore.Refused refused) {
            throw PortalProblem.conflict(refused.lines.getFirst().message());
        }
        Visit recorded = sql.one(VisitRows.SELECT + " where v.package_id = ? and v.visit_date = ? and v.planned_start = ?",
                VisitRows::read, held.id(), visit.visitDate(), visit.plannedStart()).orElseThrow();
        audit.record(actor, held.councilId(), AuditAction.VISIT_RECORDED, "visit_actual", recorded.id(),
                Map.of("packageId", held.id(), "visitDate", visit.visitDate().toString(), "missed", visit.missed(),
                        "actualMinutes", visit.actualMinutes()));
        return recorded;
    }

}
