package uk.homecare.portal.webhook;

import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.homecare.portal.api.chc.Webhook;
import uk.homecare.portal.api.chc.WebhookDelivery;
import uk.homecare.portal.api.chc.WebhookForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;

/** A partner's webhook subscriptions: registering, listing with how deliveries go, and deactivating. */
@Singleton
class Webhooks {

    static final int RECENT_DELIVERIES = 100;

    private static final String SELECT = """
            select s.id, s.url, s.active, s.created_at, s.last_delivered_at, s.last_error, s.last_error_at,
                   (select count(*) from webhook_delivery d
                     where d.subscription_id = s.id and d.delivered_at is null and d.gave_up_at is null) as pending,
                   (select count(*) from webhook_delivery d
                     where d.subscription_id = s.id and d.delivered_at is null and d.gave_up_at is not null) as failed
              from webhook_subscription s
            """;

    private static final String DELIVERIES = """
            select d.id, e.txid::text || '-' || e.id as event_id, e.type, d.created_at, d.attempts, d.last_status,
                   d.last_error, d.last_attempt_at, d.delivered_at, d.gave_up_at,
                   case when d.delivered_at is null and d.gave_up_at is null then d.next_attempt_at end as next_attempt_at
              from webhook_delivery d
              join partner_event e on e.id = d.event_id
             where d.subscription_id = ?
             order by d.created_at desc, e.id desc
             limit ?""";

    private final Sql sql;
    private final WebhookSettings settings;

    private final PublicAddressPolicy addresses;

    Webhooks(Sql sql, WebhookSettings settings, PublicAddressPolicy addresses) {
        this.addresses = addresses;
        this.sql = sql;
        this.settings = settings;
    }

    /** Registers a URL for the partner's events; the answer carries the new secret, the only time it is shown. */
    @Transactional
    Webhook register(Actor partner, WebhookForm form, Instant now) {
        UUID partnerId = partner.homeOrganisation();
        String url = checked(form.url());
        // Serialise registrations of one partner so the limit holds under concurrent requests.
        sql.one("select id from organisation where id = ? for no key update", row -> uuid(row, "id"), partnerId);
        int active = sql.one("select count(*) as n from webhook_subscription where partner_id = ? and active",
                row -> row.getInt("n"), partnerId).orElse(0);
        if (active >= settings.maxSubscriptions()) {
            throw PortalProblem.conflict("You have " + active + " active webhooks, the most allowed. Delete one first.");
        }
        String secret = WebhookSignature.newSecret();
        UUID id = sql.one("""
                insert into webhook_subscription (partner_id, url, secret, created_at) values (?, ?, ?, ?)
                returning id""", row -> uuid(row, "id"), partnerId, url, secret, now).orElseThrow();
        Webhook created = find(partnerId, id);
        return new Webhook(created.id(), created.url(), created.active(), created.createdAt(), secret,
                created.pendingDeliveries(), created.failedDeliveries(), created.lastDeliveredAt(), created.lastError(),
                created.lastErrorAt());
    }

    List<Webhook> of(Actor partner) {
        return sql.list(SELECT + " where s.partner_id = ? order by s.created_at, s.id", Webhooks::map, partner.homeOrganisation());
    }

    Webhook one(Actor partner, UUID id) {
        return find(partner.homeOrganisation(), id);
    }

    List<WebhookDelivery> deliveries(Actor partner, UUID id) {
        find(partner.homeOrganisation(), id);
        return sql.list(DELIVERIES, Webhooks::mapDelivery, id, RECENT_DELIVERIES);
    }

    /** Stops sending to the URL; deliveries not yet made are given up. Deleting twice is no error. */
    @Transactional
    Webhook deactivate(Actor partner, UUID id, Instant now) {
        UUID partnerId = partner.homeOrganisation();
        find(partnerId, id);
        if (sql.update("update webhook_subscription set active = false, deactivated_at = ? where id = ? and partner_id = ? and active",
                now, id, partnerId) == 1) {
            sql.update("update webhook_delivery set gave_up_at = ?, leased_until = null "
                    + "where subscription_id = ? and delivered_at is null and gave_up_at is null", now, id);
        }
        return find(partnerId, id);
    }

    private Webhook find(UUID partnerId, UUID id) {
        return sql.one(SELECT + " where s.id = ? and s.partner_id = ?", Webhooks::map, id, partnerId)
                .orElseThrow(() -> PortalProblem.notFound("No webhook " + id + " of yours."));
    }

    /** The URL as it is stored, or a 400 problem: absolute http(s), a host, no user name or fragment; https when required. */
    String checked(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw PortalProblem.invalid("url", "must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw PortalProblem.invalid("url", "must be an absolute http(s) URL with a host, no user name and no fragment");
        }
        if (settings.requireHttps() && !scheme.equals("https")) {
            throw PortalProblem.invalid("url", "must use https");
        }
        String refusal = addresses.refusal(uri.toString());
        if (refusal != null) {
            throw PortalProblem.invalid("url", "must be a public endpoint: " + refusal);
        }
        return uri.toString();
    }


    private static Webhook map(ResultSet row) throws SQLException {
        return new Webhook(uuid(row, "id"), row.getString("url"), row.getBoolean("active"), instant(row, "created_at"), null,
                row.getLong("pending"), row.getLong("failed"), instant(row, "last_delivered_at"), row.getString("last_error"),
                instant(row, "last_error_at"));
    }

    private static WebhookDelivery mapDelivery(ResultSet row) throws SQLException {
        return new WebhookDelivery(uuid(row, "id"), row.getString("event_id"), row.getString("type"), instant(row, "created_at"),
                row.getInt("attempts"), Sql.integer(row, "last_status"), row.getString("last_error"),
                instant(row, "last_attempt_at"), instant(row, "next_attempt_at"), instant(row, "delivered_at"),
                instant(row, "gave_up_at"));
    }
}
