package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells people of a variation of a package's terms, in the caller's transaction (so nobody is told of a change that
 * did not happen): an inbox notification each and, for whoever has an e-mail address, an e-mail in their language.
 * The holding provider's staff are told of a proposal and of its withdrawal; the council's commissioners of an answer
 * or a lapse; the person and their carers (with a standing consent) that their care changes. No text names the person.
 */
@Singleton
public class VariationNotices {

    /** Formatted with the recipients' join and the message key's and arguments' expressions over v, p, z, c, pr. */
    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, created_at)
                select u.id, p.council_id, 'PACKAGE_VARIATION', %s, %s, p.id, ?::timestamptz
                  from package_variation v
                  join care_package p on p.id = v.package_id
                  join zone z on z.id = p.zone_id
                  join council c on c.id = p.council_id
                  join organisation pr on pr.id = v.provider_id
                  join app_user u on u.enabled and %s
                 where v.id = ?
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";
    private static final String PROVIDER_STAFF = "u.role = 'PROVIDER' and u.organisation_id = v.provider_id";
    private static final String COMMISSIONERS = "u.role = 'COMMISSIONER' and u.council_id = p.council_id";
    private static final String PERSON_AND_CARERS = """
            ((u.role = 'SERVICE_USER' and u.person_id = p.person_id)
              or (u.role = 'CARER' and exists (select 1 from carer_consent cc where cc.carer_id = u.id and cc.person_id = p.person_id
                    and cc.revoked_at is null and cc.starts_on <= v.effective_from
                    and (cc.ends_on is null or cc.ends_on >= v.effective_from))))""";
    private static final String TO_PROVIDER_ARGS = "array[p.reference, z.name, c.name, v.effective_from::text]";
    private static final String TO_COUNCIL_ARGS = "array[p.reference, pr.name, v.effective_from::text]";

    private static final String PROPOSED = TELL.formatted("'variation.proposed'", TO_PROVIDER_ARGS, PROVIDER_STAFF);
    private static final String WITHDRAWN = TELL.formatted("'variation.withdrawn'", TO_PROVIDER_ARGS, PROVIDER_STAFF);
    private static final String ANSWERED = TELL.formatted("'variation.' || lower(v.status)", TO_COUNCIL_ARGS, COMMISSIONERS);
    private static final String CARE_CHANGED = TELL.formatted("'variation.care-changed'",
            "array[pr.name, v.effective_from::text]", PERSON_AND_CARERS);

    private final Sql sql;

    VariationNotices(Sql sql) {
        this.sql = sql;
    }

    /** The holding provider's staff: new terms are proposed, to answer by the time the notification's variation says. */
    public int proposed(UUID variation, Instant now) {
        return tell(PROPOSED, variation, now);
    }

    /** The holding provider's staff: the council withdrew the proposal (or it went with the package). */
    public int withdrawn(UUID variation, Instant now) {
        return tell(WITHDRAWN, variation, now);
    }

    /** The council's commissioners: the provider accepted or declined it, or it lapsed (by the variation's status). */
    public int answered(UUID variation, Instant now) {
        return tell(ANSWERED, variation, now);
    }

    /** The person and their carers: their care changes from the variation's date, with the provider. */
    public int careChanged(UUID variation, Instant now) {
        return tell(CARE_CHANGED, variation, now);
    }

    private int tell(String statement, UUID variation, Instant now) {
        List<Told> told = new ArrayList<>(sql.list(statement, Told::of, now, variation));
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
