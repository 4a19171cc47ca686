package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells a provider that a council's payment schedule for it is final and can be read as a remittance: a notification in
 * each enabled provider user's inbox and, for whoever has an e-mail address, an e-mail in the outbox, in the finalising
 * transaction. The texts name the council and the period only: no amounts, no person.
 */
@Singleton
public class RemittanceNotices {

    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, created_at)
                select u.id, s.council_id, 'REMITTANCE_FINAL', 'payments.remittance.final',
                       array[c.name, s.period_start::text, s.period_end::text], ?::timestamptz
                  from payment_schedule s
                  join council c on c.id = s.council_id
                  join app_user u on u.organisation_id = s.provider_id and u.role = 'PROVIDER' and u.enabled
                 where s.id = ? and s.status = 'FINAL'
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";

    private final Sql sql;

    RemittanceNotices(Sql sql) {
        this.sql = sql;
    }

    /** Tells the schedule's provider that it is final; answers how many were told. */
    public int remittanceFinal(UUID scheduleId, Instant now) {
        List<Told> told = sql.list(TELL, Told::of, now, scheduleId);
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
