package uk.homecare.portal.notification;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.Sql;

/**
 * Tells a provider's staff that one of its compliance documents expires soon or has expired, or that a council rejected
 * it: a notification in each enabled member's inbox (PROVIDER and PROVIDER_ADMIN) and, for whoever has an e-mail
 * address, an e-mail in the outbox, in the caller's transaction. The texts name the kind of document and its expiry date,
 * or the council that rejected it, only: no person, no file name, not the commissioner's reason (the provider reads it
 * in the portal). An expiry notification belongs to no council (it is about the provider alone); a rejection to the
 * council that rejected (it is written in that council's commissioner's request).
 */
@Singleton
public class ComplianceNotices {

    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, created_at)
                select u.id, null, 'COMPLIANCE_EXPIRY',
                       case r.stage when 'EXPIRED' then 'compliance.expired' else 'compliance.expiring' end,
                       array[d.type, d.expires_on::text, (d.expires_on - ?::date)::text], ?::timestamptz
                  from unnest(?::uuid[], ?::text[]) as r(document_id, stage)
                  join compliance_document d on d.id = r.document_id
                  join app_user u on u.organisation_id = d.provider_id and u.role in ('PROVIDER', 'PROVIDER_ADMIN') and u.enabled
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";

    private static final String TELL_REJECTED = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, created_at)
                select u.id, d.decided_council, 'COMPLIANCE_DECISION', 'compliance.rejected',
                       array[d.type, case when u.language = 'cy' then coalesce(c.name_cy, c.name) else c.name end], ?::timestamptz
                  from compliance_document d
                  join council c on c.id = d.decided_council
                  join app_user u on u.organisation_id = d.provider_id and u.role in ('PROVIDER', 'PROVIDER_ADMIN') and u.enabled
                 where d.id = ? and d.status = 'REJECTED'
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";

    private final Sql sql;

    ComplianceNotices(Sql sql) {
        this.sql = sql;
    }

    /** Tells each document's provider of its reminder ({@code stages}: DAYS_30, DAYS_7 or EXPIRED); answers how many were told. */
    public int expiry(List<UUID> documents, List<String> stages, java.time.LocalDate today, Instant now) {
        if (documents.isEmpty()) {
            return 0;
        }
        List<Told> told = sql.list(TELL, Told::of, today, now, documents, stages);
        Told.queueEmails(sql, told, now);
        return told.size();
    }

    /** Tells the provider of a document just rejected which document and which council; answers how many were told. */
    public int rejected(UUID document, Instant now) {
        List<Told> told = sql.list(TELL_REJECTED, Told::of, now, document);
        Told.queueEmails(sql, told, now);
        return told.size();
    }
}
