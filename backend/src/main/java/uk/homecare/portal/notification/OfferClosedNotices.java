package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells the providers whose offers just closed because the package went to someone else: a notification in each
 * enabled provider user's inbox and, for whoever has an e-mail address, an e-mail in the outbox, in the caller's
 * transaction (so nobody is told of an award that did not happen). A bid or acceptance that lost is told it lost;
 * an offer still pending is told it closed. The unique index on (user, offer, kind) keeps it to once. When the
 * council cancels a package, the providers with offers still open are told they were withdrawn, and the provider
 * it was awarded to that it no longer has it.
 */
@Singleton
public class OfferClosedNotices {

    /** Formatted with the message key's expression over the offer {@code o}. */
    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, offer_id, created_at)
                select u.id, p.council_id, 'OFFER_CLOSED', %s, array[p.reference, z.name, c.name], p.id, o.id, ?::timestamptz
                  from offer o
                  join care_package p on p.id = o.package_id
                  join zone z on z.id = p.zone_id
                  join council c on c.id = p.council_id
                  join app_user u on u.organisation_id = o.provider_id and u.role = 'PROVIDER' and u.enabled
                 where o.id = any(?)
                on conflict do nothing
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";
    private static final String TELL_CLOSED = TELL.formatted("case when o.response = 'LOST' then 'offer.lost' else 'offer.closed' end");
    private static final String TELL_WITHDRAWN = TELL.formatted("'offer.withdrawn'");
    /** The awarded provider need not hold the winning offer (a move at review awards without one), so by the package. */
    private static final String TELL_HOLDER = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, created_at)
                select u.id, p.council_id, 'OFFER_CLOSED', 'package.cancelled', array[p.reference, z.name, c.name], p.id, ?::timestamptz
                  from care_package p
                  join zone z on z.id = p.zone_id
                  join council c on c.id = p.council_id
                  join app_user u on u.organisation_id = p.awarded_provider_id and u.role = 'PROVIDER' and u.enabled
                 where p.id = ?
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";

    private final Sql sql;

    OfferClosedNotices(Sql sql) {
        this.sql = sql;
    }

    /** Tells the providers of these offers, now LOST or CLOSED, that the package went elsewhere; answers how many were told. */
    public int offersClosed(List<UUID> offerIds, Instant now) {
        if (offerIds.isEmpty()) {
            return 0;
        }
        List<Told> told = sql.list(TELL_CLOSED, Told::of, now, offerIds);
        Told.queueEmails(sql, told, now);
        return told.size();
    }

    /**
     * Tells, before the package's cancellation is written, the providers of its offers still open that they were
     * withdrawn and its awarded provider (if any) that it no longer has it; answers how many people were told.
     */
    public int packageCancelled(UUID packageId, List<UUID> openOffers, Instant now) {
        List<Told> told = new ArrayList<>(sql.list(TELL_HOLDER, Told::of, now, packageId));
        if (!openOffers.isEmpty()) {
            told.addAll(sql.list(TELL_WITHDRAWN, Told::of, now, openOffers));
        }
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
