package uk.homecare.portal.kpis;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.kpis.KpiOperations;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * What one report is for: the caller's council, the UK days {@code [from, to)} (from midnight UK time on {@code from} to
 * midnight UK time on {@code to}, whatever the clocks did in between) and, optionally, one zone, lot and provider, and
 * packages of one urgency.
 */
record KpiFilter(UUID council, LocalDate from, LocalDate to, @Nullable UUID zone, @Nullable UUID lot, @Nullable UUID provider,
        @Nullable Urgency urgency) {

    /** A filter of packages of any urgency. */
    KpiFilter(UUID council, LocalDate from, LocalDate to, @Nullable UUID zone, @Nullable UUID lot, @Nullable UUID provider) {
        this(council, from, to, zone, lot, provider, null);
    }

    /** As {@link #of(UUID, LocalDate, LocalDate, UUID, UUID, UUID, Urgency, LocalDate)}, for packages of any urgency. */
    static KpiFilter of(UUID council, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID zone, @Nullable UUID lot,
            @Nullable UUID provider, LocalDate today) {
        return of(council, from, to, zone, lot, provider, null, today);
    }

    /** The period asked for, or the 28 days up to and including {@code today}; refused when it is empty or too long. */
    static KpiFilter of(UUID council, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID zone, @Nullable UUID lot,
            @Nullable UUID provider, @Nullable Urgency urgency, LocalDate today) {
        LocalDate end = to != null ? to : (from != null ? from.plusDays(KpiOperations.DEFAULT_DAYS) : today.plusDays(1));
        LocalDate start = from != null ? from : end.minusDays(KpiOperations.DEFAULT_DAYS);
        if (!start.isBefore(end)) {
            throw PortalProblem.invalid("to", Problems.message("kpis.period.order"));
        }
        if (ChronoUnit.DAYS.between(start, end) > KpiOperations.MAX_DAYS) {
            throw PortalProblem.invalid("to", Problems.message("kpis.period.long", KpiOperations.MAX_DAYS));
        }
        return new KpiFilter(council, start, end, zone, lot, provider, urgency);
    }

    Instant start() {
        return from.atStartOfDay(UkTime.ZONE).toInstant();
    }

    Instant end() {
        return to.atStartOfDay(UkTime.ZONE).toInstant();
    }

    /**
     * The clauses that keep a package ({@code p}) of the zone, lot and urgency asked for, each starting " and ", their parameters
     * added to {@code parameters}.
     */
    String packages(List<Object> parameters) {
        return packages("p", parameters);
    }

    /** As {@link #packages(List)}, over a relation {@code alias} with the package's zone_id, lot_id and urgency columns. */
    String packages(String alias, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (zone != null) {
            where.append(" and ").append(alias).append(".zone_id = ?");
            parameters.add(zone);
        }
        if (lot != null) {
            where.append(" and ").append(alias).append(".lot_id = ?");
            parameters.add(lot);
        }
        if (urgency != null) {
            where.append(" and ").append(alias).append(".urgency = ?");
            parameters.add(urgency.name());
        }
        return where.toString();
    }

    /** " and {column} = ?" with the provider, when one is asked for. */
    String provider(String column, List<Object> parameters) {
        if (provider == null) {
            return "";
        }
        parameters.add(provider);
        return " and " + column + " = ?";
    }

    /** " and exists an offer of the package to the provider" (in its current round when {@code currentRound}), when one is asked for. */
    String offeredTo(boolean currentRound, List<Object> parameters) {
        if (provider == null) {
            return "";
        }
        parameters.add(provider);
        return " and exists (select 1 from offer po where po.package_id = p.id and po.provider_id = ?"
                + (currentRound ? " and po.round = p.round)" : ")");
    }

    static List<Object> parameters(Object... first) {
        return new ArrayList<>(List.of(first));
    }
}
