package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells the provider whose bid the commissioner awarded although its start was later than the council's start
 * tolerance that the award accepted that later start: a notification in each enabled provider user's inbox and,
 * for whoever has an e-mail address, an e-mail in the outbox, in the award's transaction. The unique index on
 * (user, offer, kind) keeps it to once.
 */
@Singleton
public class OfferWonNotices {

    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, offer_id, created_at)
                select u.id, p.council_id, 'OFFER_WON', 'offer.won.late-start',
                       array[p.reference, z.name, c.name, o.proposed_start::text, o.late_start_days::text],
                       p.id, o.id, ?::timestamptz
                  from offer o
                  join care_package p on p.id = o.package_id
                  join zone z on z.id = p.zone_id
                  join council c on c.id = p.council_id
                  join app_user u on u.organisation_id = o.provider_id and u.role = 'PROVIDER' and u.enabled
                 where o.id = ? and o.late_start_days is not null
                on conflict do nothing
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";

    private final Sql sql;

    OfferWonNotices(Sql sql) {
        this.sql = sql;
    }

    /** Tells the provider of this won offer that the council accepted its later start; answers how many were told. */
    public int lateStartAccepted(UUID offerId, Instant now) {
        List<Told> told = sql.list(TELL, Told::of, now, offerId);
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
