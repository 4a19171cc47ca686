package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells the other side of a query about a package that a message is waiting: when the council wrote, every enabled
 * user of the provider organisation the query is with; when the provider wrote, the council's enabled
 * commissioners. A notification in each inbox and, for whoever has an address, an e-mail in the outbox, in the
 * caller's transaction. The text names the package by its reference, the query's type and who wrote (the council or
 * the provider organisation) only: never the subject, a message's text or anyone's personal details.
 */
@Singleton
public class PackageMessageNotices {

    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, created_at)
                select u.id, q.council_id, 'PACKAGE_MESSAGE', ?, array[p.reference, q.type, %s], q.package_id, ?::timestamptz
                  from package_query q
                  join care_package p on p.id = q.package_id
                  join council c on c.id = q.council_id
                  join organisation o on o.id = q.provider_id
                  join app_user u on %s and u.enabled
                 where q.id = ?
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";
    private static final String TELL_PROVIDER = TELL.formatted("c.name", "u.organisation_id = q.provider_id and u.role = 'PROVIDER'");
    private static final String TELL_COUNCIL = TELL.formatted("o.name", "u.council_id = q.council_id and u.role = 'COMMISSIONER'");

    private final Sql sql;

    PackageMessageNotices(Sql sql) {
        this.sql = sql;
    }

    /**
     * Tells the side that did not write the query's newest message, {@code started} saying whether it began the
     * query; answers how many people were told.
     */
    public int messageSent(UUID queryId, boolean fromCouncil, boolean started, Instant now) {
        String key = "package.message." + (started ? "started" : "reply") + (fromCouncil ? ".from-council" : ".from-provider");
        List<Told> told = sql.list(fromCouncil ? TELL_PROVIDER : TELL_COUNCIL, Told::of, key, now, queryId);
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
