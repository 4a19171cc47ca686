package uk.homecare.portal.brokerage;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.platform.Sql;

/**
 * An offer and its package, read after the package row is locked, so no other answer, award or
 * cascade move can change either until this transaction ends.
 */
record OfferInPlay(
        UUID offerId,
        UUID providerId,
        int round,
        OfferStage stage,
        OfferResponse response,
        Instant windowEndsAt,
        UUID packageId,
        UUID councilId,
        PackageStatus status,
        int packageRound,
        Funding funding,
        boolean outOfHours,
        LocalDate startDate,
        boolean priceCompetition,
        OpenStageRule openStageRule,
        int startToleranceDays,
        Set<MatchingNeed> matchingNeeds) {

    /** Locks the package of the provider's offer and reads both; empty when the offer is not the provider's. */
    static java.util.Optional<OfferInPlay> lock(Sql sql, UUID offerId, UUID providerId) {
        return sql.one("select package_id from offer where id = ? and provider_id = ?", row -> uuid(row, "package_id"), offerId, providerId)
                .map(packageId -> {
                    sql.one("select id from care_package where id = ? for update", row -> true, packageId);
                    return read(sql, offerId);
                });
    }

    static OfferInPlay read(Sql sql, UUID offerId) {
        return sql.one("""
                select o.id, o.provider_id, o.round, o.stage, o.response, o.window_ends_at, p.id as package_id, p.council_id,
                       p.status, p.round as package_round, p.funding, p.out_of_hours, p.start_date, l.price_competition,
                       coalesce(bp.open_stage_rule, 'COMMISSIONER_AWARDS') as open_stage_rule,
                       coalesce(bp.start_tolerance_days, ?) as start_tolerance_days, p.matching_needs
                  from offer o
                  join care_package p on p.id = o.package_id
                  join lot l on l.id = p.lot_id
                  left join brokerage_policy bp on bp.council_id = p.council_id
                 where o.id = ?""",
                row -> new OfferInPlay(uuid(row, "id"), uuid(row, "provider_id"), row.getInt("round"),
                        OfferStage.valueOf(row.getString("stage")), OfferResponse.valueOf(row.getString("response")),
                        instant(row, "window_ends_at"), uuid(row, "package_id"), uuid(row, "council_id"),
                        PackageStatus.valueOf(row.getString("status")), row.getInt("package_round"),
                        Funding.valueOf(row.getString("funding")), row.getBoolean("out_of_hours"), date(row, "start_date"),
                        row.getBoolean("price_competition"), OpenStageRule.valueOf(row.getString("open_stage_rule")),
                        row.getInt("start_tolerance_days"), Set.copyOf(WeeklySchedules.needs(row, "matching_needs"))),
                BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS, offerId).orElseThrow();
    }

    /** Refuses an answer to an offer that is no longer open to one: answered, moved on, or out of time. */
    void requireOpenToAnswer(Instant now) {
        OfferActions.refusal(new OfferActions.Facts(stage, response, round, status, packageRound, windowEndsAt), now)
                .ifPresent(refusal -> {
                    throw refusal;
                });
    }

    /** The starts the provider may propose, from the package's requested start and the council's tolerance. */
    StartTolerance startTolerance(LocalDate today) {
        return new StartTolerance(startDate, today, startToleranceDays);
    }

    boolean awardsOnAcceptance() {
        return stage != OfferStage.OPEN || openStageRule == OpenStageRule.FIRST_TO_ACCEPT;
    }
}
