package uk.homecare.portal.compliance;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.notification.ComplianceNotices;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * Reminds providers before their documents expire: 30 days before the expiry date, 7 days before, and on the day. Only
 * a provider's current document that was not rejected is reminded of, and only its latest stage reached (a stage passed
 * while nothing ran is not sent late). Each reminder is sent once: its row (document, stage) is the claim, inserted
 * with the notifications in one transaction; nodes running at once skip each other's documents (SKIP LOCKED), and one
 * that read before another's claim was committed inserts nothing (the primary key) and so tells nobody.
 */
@Singleton
public class ExpiryReminders {

    static final int BATCH = 200;

    private static final String CLAIM = """
            with due as (
                select d.id, s.stage
                  from compliance_document d
                 cross join lateral (select case when d.expires_on <= ?::date then 'EXPIRED'
                                                 when d.expires_on - 7 <= ?::date then 'DAYS_7'
                                                 else 'DAYS_30' end as stage) s
                 where d.superseded_by is null and d.status <> 'REJECTED' and d.expires_on is not null
                   and d.expires_on - 30 <= ?::date
                   and not exists (select 1 from compliance_reminder r where r.document_id = d.id and r.stage = s.stage)
                 order by d.expires_on, d.id
                 limit ?
                   for update of d skip locked
            )
            insert into compliance_reminder (document_id, stage, sent_at)
            select id, stage, ?::timestamptz from due
            on conflict do nothing
            returning document_id, stage""";

    /** What one run did: reminders claimed and people told. */
    public record Run(int reminders, int told) {}

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;
    private final ComplianceNotices notices;

    ExpiryReminders(Sql sql, AcrossCouncils acrossCouncils, ComplianceNotices notices) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
        this.notices = notices;
    }

    /** Sends one batch of the reminders due on {@code today}. */
    public Run remindDue(LocalDate today, Instant now) {
        return acrossCouncils.run("compliance reminders: every provider's documents expiring soon", () -> {
            List<UUID> documents = new ArrayList<>();
            List<String> stages = new ArrayList<>();
            sql.list(CLAIM, row -> {
                documents.add(Sql.uuid(row, "document_id"));
                return stages.add(row.getString("stage"));
            }, today, today, today, BATCH, now);
            return new Run(documents.size(), notices.expiry(documents, stages, today, now));
        });
    }
}
