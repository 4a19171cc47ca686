package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells the person and their provider's staff that the council ended a flexible-hours plan: a notification
 * in each inbox and, for whoever has an e-mail address, an e-mail in the outbox, in the caller's transaction
 * (so nobody is told of an end that did not happen). The texts name the council and the provider, never the person.
 */
@Singleton
public class PlanNotices {

    private static final String TELL = """
            with plan as (
                select hp.id, hp.council_id, hp.person_id, hp.provider_id, c.name as council_name, o.name as provider_name
                  from hours_plan hp join council c on c.id = hp.council_id join organisation o on o.id = hp.provider_id
                 where hp.id = ?
            ),
            told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, created_at)
                select u.id, p.council_id, 'HOURS_PLAN_ENDED',
                       case when u.role = 'SERVICE_USER' then 'hours.plan.ended' else 'hours.plan.ended.provider' end,
                       array[case when u.role = 'SERVICE_USER' then p.provider_name else p.council_name end, ?, ?],
                       ?::timestamptz
                  from plan p
                  join app_user u on u.enabled
                       and ((u.role = 'SERVICE_USER' and u.person_id = p.person_id)
                         or (u.role = 'PROVIDER' and u.organisation_id = p.provider_id))
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";


    private final Sql sql;

    PlanNotices(Sql sql) {
        this.sql = sql;
    }

    /** Tells them the plan's last day and how many booked sessions after it were cancelled; answers how many were told. */
    public int planEnded(UUID planId, LocalDate lastDay, int sessionsCancelled, Instant now) {
        List<Told> told = sql.list(TELL, Told::of, planId, lastDay.toString(), String.valueOf(sessionsCancelled), now);
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
