package uk.homecare.portal.webhook;

import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.chc.PartnerEvent;
import uk.homecare.portal.chc.PartnerEventRows;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * The webhook outbox table: claiming due deliveries for one node under a lease, and recording each try.
 * Every method is its own short transaction; nothing is held open while a request is on the wire.
 */
@Singleton
class WebhookQueue {

    /**
     * Leases due deliveries that no other node holds (row locks skipped, leases not yet run out) and
     * reads what to send: the URL, the secret and the event as the feed shows it. A delivery never tried
     * is due at once: its first due time is the database's, written by the trigger, and the application
     * decides what is due by its own clock.
     */
    private static final String CLAIM = """
            with due as (
                select d.id
                  from webhook_delivery d
                  join webhook_subscription s on s.id = d.subscription_id and s.active
                 where d.delivered_at is null and d.gave_up_at is null
                   and (d.attempts = 0 or d.next_attempt_at <= ?::timestamptz)
                   and (d.leased_until is null or d.leased_until <= ?::timestamptz)
                 order by d.next_attempt_at
                 limit ?
                   for update of d skip locked
            )
            update webhook_delivery d
               set leased_until = ?::timestamptz
              from due, webhook_subscription s, partner_event e, care_package p
             where d.id = due.id and s.id = d.subscription_id and e.id = d.event_id and p.id = e.package_id
            returning d.id, d.attempts, d.leased_until, s.id as subscription_id, s.url, s.secret,
                      e.txid::text || '-' || e.id as cursor, e.type, e.occurred_at, e.package_id, p.reference,
                      p.partner_reference, e.status, e.previous_status, e.weekly_minutes, e.start_date,
                      e.awarded_provider_id, e.reason,
                      (select o.name from organisation o where o.id = e.awarded_provider_id) as awarded_provider_name""";

    private static final String DELIVERED = """
            with done as (
                update webhook_delivery
                   set delivered_at = ?::timestamptz, attempts = attempts + 1, last_status = ?, last_attempt_at = ?::timestamptz,
                       leased_until = null
                 where id = ? and leased_until = ?::timestamptz and delivered_at is null and gave_up_at is null
                returning subscription_id, delivered_at
            )
            update webhook_subscription s
               set last_delivered_at = greatest(s.last_delivered_at, done.delivered_at)
              from done where s.id = done.subscription_id""";

    private static final String FAILED = """
            with failed as (
                update webhook_delivery
                   set attempts = attempts + 1, last_status = ?, last_error = ?, last_error_at = ?::timestamptz,
                       last_attempt_at = ?::timestamptz, next_attempt_at = ?::timestamptz, gave_up_at = ?::timestamptz,
                       leased_until = null
                 where id = ? and leased_until = ?::timestamptz and delivered_at is null and gave_up_at is null
                returning subscription_id, last_error, last_error_at
            )
            update webhook_subscription s
               set last_error = failed.last_error, last_error_at = failed.last_error_at
              from failed
             where s.id = failed.subscription_id and (s.last_error_at is null or s.last_error_at <= failed.last_error_at)""";

    /** One claimed delivery: where to, with which secret, what, and the lease that proves it is still ours. */
    record Claimed(UUID id, int attempts, Instant leasedUntil, UUID subscriptionId, String url, String secret, PartnerEvent event) {}

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;

    WebhookQueue(Sql sql, AcrossCouncils acrossCouncils) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
    }

    List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        return acrossCouncils.run("the webhook sender claims every council's due deliveries", () ->
                sql.list(CLAIM, WebhookQueue::map, now, now, limit, leaseUntil));
    }

    /** Records a successful try, unless the lease ran out and another node has taken the delivery over; says which. */
    boolean delivered(Claimed delivery, int status, Instant now) {
        return acrossCouncils.run("the webhook sender records a delivery", () ->
                sql.update(DELIVERED, now, status, now, delivery.id(), delivery.leasedUntil()) == 1);
    }

    /** Records a failed try: when to try again, or that the portal gave up (the row stays, for the partner to see). */
    void failed(Claimed delivery, @Nullable Integer status, String error, Instant now, Instant retryAt, @Nullable Instant gaveUpAt) {
        acrossCouncils.run("the webhook sender records a failed try", () ->
                sql.update(FAILED, status, error, now, now, retryAt, gaveUpAt, delivery.id(), delivery.leasedUntil()));
    }

    private static Claimed map(ResultSet row) throws SQLException {
        PartnerEvent event = PartnerEventRows.read(row);
        return new Claimed(uuid(row, "id"), row.getInt("attempts"), instant(row, "leased_until"), uuid(row, "subscription_id"),
                row.getString("url"), row.getString("secret"), event);
    }
}
