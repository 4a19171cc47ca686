package uk.homecare.portal.brokerage;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.integer;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.quality.ProviderGates;

/**
 * What a provider sees: its offers (never the person's identity: the offer query does not read the
 * person's table at all) and, after award, the packages it delivers with the person they are for.
 */
@Singleton
class ProviderInbox {

    /**
     * The offer's provider's current capacity report for the package's zone (daytime and out of hours);
     * null without one newer than the parameter. Needs {@code o} (offer) and {@code p} (package).
     */
    static final String SPARE_CAPACITY = """
            (select cr.daytime_minutes + cr.out_of_hours_minutes from capacity_report cr
              where cr.provider_id = o.provider_id and cr.zone_id = p.zone_id and cr.reported_at >= ?::timestamptz
              order by cr.week_starts desc, cr.reported_at desc limit 1) as spare_capacity""";

    /** The columns of an offer as a provider sees it. No join to {@code person}: data minimisation by construction. */
    static final String SELECT_OFFER = """
            select o.id, o.package_id, p.reference, p.council_id, c.name as council_name, p.zone_id, z.name as zone_name,
                   p.lot_id, l.name as lot_name, l.price_competition, p.funding, p.weekly_minutes, p.visits_per_day,
                   p.visit_minutes, p.times_of_day, p.out_of_hours, p.double_handed, p.start_date, p.needs_summary,
                   p.postcode_district, o.stage, o.response, o.offered_at, o.window_ends_at, o.proposed_start, o.bid_rate_pence,
                   o.round, p.status as package_status, p.round as package_round, p.matching_needs, o.needs_met,
                   p.urgency, p.emergency_at,
                   coalesce(bp.start_tolerance_days, """ + BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS + """
                   ) as start_tolerance_days,
                   """ + SPARE_CAPACITY + ", " + WeeklySchedules.SCHEDULE_COLUMN + """
              from offer o
              join care_package p on p.id = o.package_id
              join council c on c.id = p.council_id
              join zone z on z.id = p.zone_id
              join lot l on l.id = p.lot_id
              left join brokerage_policy bp on bp.council_id = p.council_id
            """;

    private final Sql sql;
    private final Clock clock;
    private final Duration lapsingSoon;

    private final ProviderGates gates;

    ProviderInbox(Sql sql, Clock clock,
            @Property(name = "portal.notifications.remind-before", defaultValue = "PT2H") Duration lapsingSoon, ProviderGates gates) {
        this.gates = gates;
        this.sql = sql;
        this.clock = clock;
        this.lapsingSoon = lapsingSoon;
    }

    /**
     * Offers waiting for an answer whose window has not closed ({@link CascadePolicy#windowHasClosed}), and bids
     * still in play, soonest window first.
     */
    List<Offer> offers(Actor actor, @Nullable UUID council, @Nullable UUID zone, @Nullable OfferStage stage) {
        return sql.list(SELECT_OFFER + """
                 where o.provider_id = ? and p.round = o.round
                   and ((o.response = 'PENDING' and p.status = o.stage and o.window_ends_at > ?)
                        or (o.response in ('BID', 'ACCEPTED') and p.status in ('OPEN', 'REVIEW')))
                   and (?::uuid is null or p.council_id = ?::uuid)
                   and (?::uuid is null or p.zone_id = ?::uuid)
                   and (?::text is null or o.stage = ?::text)
                 order by o.window_ends_at nulls last, o.offered_at
                 limit 500""", offerFor(actor),
                freshSince(clock), actor.homeOrganisation(), clock.instant(), council, council, zone, zone, stage, stage);
    }

    Offer offer(Actor actor, UUID id) {
        return sql.one(SELECT_OFFER + " where o.id = ? and o.provider_id = ?", offerFor(actor), freshSince(clock), id, actor.homeOrganisation())
                .orElseThrow(BrokerageProblems::offerNotFound);
    }

    /** The packages awarded to the provider (in care or suspended while the person is in hospital), with what it needs to deliver care. */
    List<CarePackage> carePackages(Actor actor) {
        return sql.list(PackageReading.SELECT + " where p.awarded_provider_id = ? and p.status in ('AWARDED', 'SUSPENDED') order by p.start_date, p.reference",
                PackageReading.withPerson(actor), actor.homeOrganisation());
    }

    /** Capacity reports older than this are stale and no longer count. */
    static java.time.Instant freshSince(Clock clock) {
        return freshSince(clock.instant());
    }

    /** Capacity reports older than a week before {@code now} are stale and no longer count. */
    static java.time.Instant freshSince(Instant now) {
        return now.minus(java.time.Duration.ofDays(7));
    }


    /** Reads an offer with what the provider may answer now, and when to say its window closes soon. */
    private Sql.Row<Offer> offerFor(Actor actor) {
        Instant now = clock.instant();
        // a council whose quality gate the provider fails takes a decline of its offers, but no acceptance or bid
        Set<UUID> gating = actor.organisationId() == null || actor.councilIds().isEmpty() ? Set.of()
                : gates.councilsGating(actor.organisationId(), actor.councilIds());
        return row -> {
            List<OfferAction> actions = OfferActions.of(actor, facts(row), now);
            return offer(row, gating.contains(uuid(row, "council_id")) ? OfferActions.whenGated(actions) : actions, UkTime.dateOf(now));
        };
    }

    private static OfferActions.Facts facts(java.sql.ResultSet row) throws java.sql.SQLException {
        return new OfferActions.Facts(OfferStage.valueOf(row.getString("stage")), OfferResponse.valueOf(row.getString("response")),
                row.getInt("round"), PackageStatus.valueOf(row.getString("package_status")), row.getInt("package_round"),
                instant(row, "window_ends_at"));
    }

    /** The offer, with the latest start the provider may propose while it may answer, and the latest a bid may propose. */
    private Offer offer(java.sql.ResultSet row, List<OfferAction> actions, LocalDate today) throws java.sql.SQLException {
        var tolerance = new StartTolerance(date(row, "start_date"), today, row.getInt("start_tolerance_days"));
        LocalDate latestStart = actions.isEmpty() ? null : tolerance.latest();
        LocalDate latestBidStart = actions.contains(OfferAction.BID) ? tolerance.limit() : null;
        return new Offer(
                uuid(row, "id"),
                uuid(row, "package_id"),
                row.getString("reference"),
                PackageReading.ref(row, "council_id", "council_name"),
                PackageReading.ref(row, "zone_id", "zone_name"),
                PackageReading.ref(row, "lot_id", "lot_name"),
                Funding.valueOf(row.getString("funding")),
                row.getInt("weekly_minutes"),
                PackageReading.visitPattern(row),
                date(row, "start_date"),
                row.getString("needs_summary"),
                row.getString("postcode_district"),
                OfferStage.valueOf(row.getString("stage")),
                OfferResponse.valueOf(row.getString("response")),
                instant(row, "offered_at"),
                instant(row, "window_ends_at"),
                row.getBoolean("price_competition"),
                date(row, "proposed_start"),
                integer(row, "bid_rate_pence"),
                integer(row, "spare_capacity"),
                actions,
                actions.isEmpty() ? null : OfferActions.lapsingSoonFrom(instant(row, "window_ends_at"), lapsingSoon),
                latestStart,
                latestBidStart,
                WeeklySchedules.schedule(row),
                WeeklySchedules.needs(row, "matching_needs"),
                WeeklySchedules.needs(row, "needs_met"),
                Urgency.valueOf(row.getString("urgency")),
                instant(row, "emergency_at") != null);
    }
}
