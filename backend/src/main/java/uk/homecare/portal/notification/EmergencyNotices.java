package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells the commissioners on duty for a package's council that the package became an emergency, in the caller's
 * transaction: a notification in each inbox and, for whoever has an address, an e-mail, each in their own language. When
 * none of the council's commissioners is on duty, every commissioner of the council is told. The texts name the package by
 * its reference, its zone and its urgency, and say what happened to it (offered at once to how many providers, waiting for
 * the award of its bids, or nobody with spare capacity): never the person.
 */
@Singleton
public class EmergencyNotices {

    /** What the escalation did with the package, which decides the text. */
    public enum Outcome {
        /** Offered at once to every provider with spare capacity in its zone. */
        OFFERED,
        /** Its bids wait for the commissioner's award. */
        REVIEW,
        /** Nobody on the framework reported spare capacity in its zone: it waits where it was. */
        NO_CAPACITY;

        String key() {
            return "package.emergency." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private static final String TELL = """
            with p as (
                select p.id, p.council_id, p.reference, p.urgency, z.name as zone_name
                  from care_package p join zone z on z.id = p.zone_id
                 where p.id = ?
            ),
            commissioners as (
                select u.id, u.on_duty_since is not null as on_duty
                  from app_user u join p on u.council_id = p.council_id
                 where u.role = 'COMMISSIONER' and u.enabled
            ),
            told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, created_at)
                select c.id, p.council_id, 'PACKAGE_EMERGENCY', ?, array[p.reference, p.zone_name, p.urgency, ?::text], p.id,
                       ?::timestamptz
                  from commissioners c, p
                 where c.on_duty or not exists (select 1 from commissioners d where d.on_duty)
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";

    private final Sql sql;

    EmergencyNotices(Sql sql) {
        this.sql = sql;
    }

    /** Tells of the emergency; {@code providers} is how many providers it is offered to. Answers how many people were told. */
    public int tell(UUID packageId, Outcome outcome, int providers, Instant now) {
        List<Told> told = sql.list(TELL, Told::of, packageId, outcome.key(), String.valueOf(providers), now);
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
