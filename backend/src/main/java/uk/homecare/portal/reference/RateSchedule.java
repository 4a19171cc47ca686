package uk.homecare.portal.reference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.api.reference.RateForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.api.UkTime;

/**
 * A council's price schedule: one hourly rate per service type in force on any day. A rate already
 * in force is history and is not rewritten; a change takes effect from a day to come.
 */
@Singleton
class RateSchedule {

    private static final UUID NONE = new UUID(0, 0);

    private final Rates rates;
    private final AuditTrail audit;
    private final Clock clock;

    RateSchedule(Rates rates, AuditTrail audit, Clock clock) {
        this.rates = rates;
        this.audit = audit;
        this.clock = clock;
    }

    List<Rate> list(Actor actor) {
        List<RateRow> rows = rates.schedule(actor.homeCouncil());
        List<Rate> schedule = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RateRow row = rows.get(i);
            RateRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            boolean superseded = next != null && next.serviceType() == row.serviceType();
            schedule.add(row.toApi(superseded ? next.effectiveFrom().minusDays(1) : null));
        }
        return schedule;
    }

    @Transactional
    Rate add(Actor actor, RateForm form) {
        UUID council = actor.homeCouncil();
        checkForm(council, form, NONE);
        RateRow saved = rates.save(new RateRow(null, council, form.serviceType(), form.hourlyRatePence(),
                form.floorPence(), form.ceilingPence(), form.effectiveFrom(), 0));
        audit.record(actor, council, AuditAction.RATE_ADDED, "rate", saved.id(), details(form));
        return saved.toApi(null);
    }

    @Transactional
    Rate change(Actor actor, UUID id, RateForm form) {
        UUID council = actor.homeCouncil();
        RateRow current = rates.findByIdAndCouncilId(id, council).orElseThrow(() -> ReferenceProblems.notFound("rate"));
        int version = ReferenceProblems.requireVersion(form.version());
        if (!current.effectiveFrom().isAfter(today())) {
            throw PortalProblem.conflict("This rate is already in force and is kept as history. Add a new rate from a later date instead.");
        }
        checkForm(council, form, id);
        long changed = rates.update(id, council, version, form.serviceType().name(), form.hourlyRatePence(),
                form.floorPence(), form.ceilingPence(), form.effectiveFrom());
        if (changed == 0) {
            throw ReferenceProblems.stale();
        }
        audit.record(actor, council, AuditAction.RATE_CHANGED, "rate", id, details(form));
        return list(actor).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private void checkForm(UUID council, RateForm form, UUID id) {
        if (form.effectiveFrom().isBefore(today())) {
            throw PortalProblem.invalid("effectiveFrom", "A rate cannot take effect in the past.");
        }
        if (form.floorPence() != null && form.floorPence() > form.hourlyRatePence()) {
            throw PortalProblem.invalid("floorPence", "The floor must not be above the rate.");
        }
        if (form.ceilingPence() != null && form.ceilingPence() < form.hourlyRatePence()) {
            throw PortalProblem.invalid("ceilingPence", "The ceiling must not be below the rate.");
        }
        if (rates.dateTakenByAnother(council, form.serviceType().name(), form.effectiveFrom(), id)) {
            throw PortalProblem.invalid("effectiveFrom", "Another rate for this service already takes effect on this day.");
        }
    }

    private LocalDate today() {
        return UkTime.today(clock);
    }

    private static Map<String, Object> details(RateForm form) {
        return Map.of("serviceType", form.serviceType(), "hourlyRatePence", form.hourlyRatePence(),
                "effectiveFrom", form.effectiveFrom().toString());
    }
}
