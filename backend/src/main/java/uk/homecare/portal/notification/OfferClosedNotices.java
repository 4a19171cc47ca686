package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells the providers whose offers just closed because the package went to someone else: a notification in each
 * enabled provider user's inbox and, for whoever has an e-mail address, an e-mail in the outbox, in the caller's
 * transaction (so nobody is told of an award that did not happen). A bid or acceptance that lost is told it lost;
 * an offer still pending is told it closed. The unique index on (user, offer, kind) keeps it to once.
 */
@Singleton
public class OfferClosedNotices {

    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, offer_id, created_at)
                select u.id, p.council_id, 'OFFER_CLOSED',
                       case when o.response = 'LOST' then 'offer.lost' else 'offer.closed' end,
                       array[p.reference, z.name, c.name],
                       p.id, o.id, ?::timestamptz
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

    private final Sql sql;

    OfferClosedNotices(Sql sql) {
        this.sql = sql;
    }

    /** Tells the providers of these offers, now LOST or CLOSED, that the package went elsewhere; answers how many were told. */
    public int offersClosed(List<UUID> offerIds, Instant now) {
        if (offerIds.isEmpty()) {
            return 0;
        }
        List<Told> told = sql.list(TELL, Told::of, now, offerIds);
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
