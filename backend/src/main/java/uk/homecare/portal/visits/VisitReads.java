package uk.homecare.portal.visits;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.visits.Visit;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Reading visits: a package's (by its holder or its council's commissioners; by default the last 4 weeks), and a
 * council's missed and late visits of a day (by default yesterday, UK date): late means started more than
 * {@link VisitForm#TOLERANCE_MINUTES} minutes after its planned start.
 */
@Singleton
class VisitReads {

    private static final int MOST = 2_000;

    private final Sql sql;
    private final Clock clock;

    VisitReads(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    List<Visit> ofPackage(Actor actor, UUID packageId, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = UkTime.today(clock);
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(27) : from;
        if (last.isBefore(first)) {
            throw PortalProblem.invalid("to", Problems.message("visits.list.to-before-from"));
        }
        boolean visible = actor.role() == Role.PROVIDER
                ? sql.one("select 1 from care_package where id = ? and status = 'AWARDED' and awarded_provider_id = ?", row -> 1,
                        packageId, actor.homeOrganisation()).isPresent()
                : sql.one("select 1 from care_package where id = ? and council_id = ?", row -> 1, packageId, actor.homeCouncil()).isPresent();
        if (!visible) {
            throw PortalProblem.notFound(Problems.message("visits.package.not-found"));
        }
        return sql.list(VisitRows.SELECT + """
                 where v.package_id = ? and v.visit_date between ? and ?
                 order by v.visit_date desc, v.planned_start desc limit ?""", VisitRows::read, packageId, first, last, MOST);
    }

    List<Visit> exceptions(Actor actor, @Nullable LocalDate date) {
        LocalDate day = date == null ? UkTime.today(clock).minusDays(1) : date;
        return sql.list(VisitRows.SELECT + """
                 where v.council_id = ? and v.visit_date = ?
                   and (v.missed or v.actual_start > v.planned_start + make_interval(mins => ?))
                 order by p.reference, v.planned_start limit ?""", VisitRows::read, actor.homeCouncil(), day,
                VisitForm.TOLERANCE_MINUTES, MOST);
    }
}
