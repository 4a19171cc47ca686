package uk.homecare.portal.notification;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * Tells people what needs them: each provider user of a new offer's provider, each provider user again
 * when a pending offer's window is about to close (each saying the requested start and the latest start the
 * provider may propose), and each commissioner of the council when a package
 * becomes unallocated or has bids to review (saying how many propose a start later than the council's tolerance,
 * which only awarding the bid accepts). Every notification goes to the user's inbox and, when the
 * user has an e-mail address, into the e-mail outbox in the same transaction. Work is claimed with row
 * locks, so several nodes can run this at once and each thing is told once.
 */
@Singleton
public class OfferNotifier {

    /** Claims offers nobody has been told of yet and marks them told (and reminded, when already closing). */
    private static final String CLAIM_NEW_OFFERS = """
            update offer o
               set notified_at = ?::timestamptz,
                   reminded_at = case when o.window_ends_at <= ?::timestamptz then coalesce(o.reminded_at, ?::timestamptz)
                                      else o.reminded_at end
             where o.id in (select d.id from offer d
                             where d.notified_at is null
                             order by d.offered_at
                             limit ?
                               for update skip locked)
            returning o.id, o.response""";

    /** Claims pending offers whose window closes within the reminder period, and marks them reminded. */
    private static final String CLAIM_LAPSING_OFFERS = """
            update offer o
               set reminded_at = ?::timestamptz
             where o.id in (select d.id from offer d
                             where d.response = 'PENDING' and d.reminded_at is null
                               and d.window_ends_at > ?::timestamptz and d.window_ends_at <= ?::timestamptz
                             order by d.window_ends_at
                             limit ?
                               for update skip locked)
            returning o.id, o.response""";

    /** One notification per enabled provider user of each offer's provider. */
    private static final String TELL_PROVIDERS = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, offer_id, created_at)
                select u.id, p.council_id, ?, ?,
                       array[p.reference, z.name, c.name, o.stage,
                             to_char(o.window_ends_at at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI'),
                             p.start_date::text,
                             (greatest(p.start_date, (?::timestamptz at time zone 'Europe/London')::date)
                                 + coalesce(bp.start_tolerance_days, %d))::text],
                       p.id, o.id, ?::timestamptz
                  from offer o
                  join care_package p on p.id = o.package_id
                  join zone z on z.id = p.zone_id
                  join council c on c.id = p.council_id
                  left join brokerage_policy bp on bp.council_id = p.council_id
                  join app_user u on u.organisation_id = o.provider_id and u.role = 'PROVIDER' and u.enabled
                 where o.id = any(?)
                on conflict do nothing
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""".formatted(BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS);

    /**
     * Marks packages that now need the council, once per package, round and status: the primary key lets
     * only one node insert each, and the loser of a race finds the row there and inserts nothing.
     */
    private static final String CLAIM_PACKAGE_ALERTS = """
            insert into package_alert (package_id, round, status, alerted_at)
            select p.id, p.round, p.status, ?::timestamptz
              from care_package p
             where p.status in ('UNALLOCATED', 'REVIEW')
               and not exists (select 1 from package_alert a
                                where a.package_id = p.id and a.round = p.round and a.status = p.status)
             order by p.stage_started_at nulls first, p.id
             limit ?
            on conflict do nothing
            returning package_id, status""";

    /** One notification per enabled commissioner of each package's council. */
    private static final String TELL_COMMISSIONERS = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, created_at)
                select u.id, p.council_id,
                       case a.status when 'UNALLOCATED' then 'PACKAGE_UNALLOCATED' else 'PACKAGE_REVIEW' end,
                       case when a.status = 'UNALLOCATED' then 'package.unallocated'
                            when exists (select 1 from offer b where b.package_id = p.id and b.round = p.round
                                            and b.response in ('BID', 'ACCEPTED') and b.late_start_days is not null)
                            then 'package.review.late-start'
                            else 'package.review' end,
                       array[p.reference, z.name, c.name,
                             (select count(*) from offer b
                               where b.package_id = p.id and b.round = p.round and b.response in ('BID', 'ACCEPTED'))::text,
                             coalesce((select min(b.proposed_start) from offer b
                                        where b.package_id = p.id and b.round = p.round and b.response in ('BID', 'ACCEPTED'))::text, ''),
                             (select count(*) from offer b
                               where b.package_id = p.id and b.round = p.round and b.response in ('BID', 'ACCEPTED')
                                 and b.late_start_days is not null)::text],
                       p.id, ?::timestamptz
                  from unnest(?::uuid[], ?::text[]) as a(package_id, status)
                  join care_package p on p.id = a.package_id
                  join zone z on z.id = p.zone_id
                  join council c on c.id = p.council_id
                  join app_user u on u.council_id = p.council_id and u.role = 'COMMISSIONER' and u.enabled
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";


    /** What one run did: how many offers, reminders and packages it claimed, notifications and e-mails it wrote. */
    public record Run(int offers, int reminders, int packages, int notifications, int emails) {
        /** Whether a batch was full, so that more may be waiting. */
        boolean full(int batchSize) {
            return offers == batchSize || reminders == batchSize || packages == batchSize;
        }
    }

    /** A notification just written, with where and in which language to e-mail it. */

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;
    private final Duration remindBefore;
    private final int batchSize;

    OfferNotifier(Sql sql, AcrossCouncils acrossCouncils,
                  @Property(name = "portal.notifications.remind-before", defaultValue = "PT2H") Duration remindBefore,
                  @Property(name = "portal.notifications.batch-size", defaultValue = "500") int batchSize) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
        this.remindBefore = remindBefore;
        this.batchSize = batchSize;
    }

    int batchSize() {
        return batchSize;
    }

    /** Tells everything that is due at {@code now}, one batch of each kind, in one transaction. */
    public Run notifyDue(Instant now) {
        return acrossCouncils.run("the notifier tells every council's providers and commissioners", () -> tellDue(now));
    }

    private Run tellDue(Instant now) {
        List<Told> told = new ArrayList<>();

        List<ClaimedOffer> newOffers = sql.list(CLAIM_NEW_OFFERS, OfferNotifier::claimedOffer,
                now, now.plus(remindBefore), now, batchSize);
        told.addAll(tellProviders("OFFER_MADE", "offer.made", pending(newOffers), now));

        List<ClaimedOffer> lapsing = sql.list(CLAIM_LAPSING_OFFERS, OfferNotifier::claimedOffer,
                now, now, now.plus(remindBefore), batchSize);
        told.addAll(tellProviders("OFFER_LAPSING", "offer.lapsing", pending(lapsing), now));

        List<String[]> alerts = sql.list(CLAIM_PACKAGE_ALERTS,
                row -> new String[] {row.getString("package_id"), row.getString("status")}, now, batchSize);
        if (!alerts.isEmpty()) {
            told.addAll(sql.list(TELL_COMMISSIONERS, Told::of, now,
                    alerts.stream().map(a -> UUID.fromString(a[0])).toList(),
                    alerts.stream().map(a -> a[1]).toList()));
        }

        int emails = Told.queueEmails(sql, told, now);
        return new Run(newOffers.size(), lapsing.size(), alerts.size(), told.size(), emails);
    }

    /** Claimed offers' ids, keeping only those still pending: an offer answered or lapsed meanwhile needs nobody. */
    private static List<UUID> pending(List<ClaimedOffer> claimed) {
        return claimed.stream().filter(ClaimedOffer::pending).map(ClaimedOffer::id).toList();
    }

    private List<Told> tellProviders(String kind, String key, List<UUID> offerIds, Instant now) {
        if (offerIds.isEmpty()) {
            return List.of();
        }
        return sql.list(TELL_PROVIDERS, Told::of, kind, key, now, now, offerIds);
    }

    private record ClaimedOffer(UUID id, boolean pending) {}

    private static ClaimedOffer claimedOffer(ResultSet row) throws SQLException {
        return new ClaimedOffer(Sql.uuid(row, "id"), "PENDING".equals(row.getString("response")));
    }
}
