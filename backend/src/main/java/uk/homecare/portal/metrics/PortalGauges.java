package uk.homecare.portal.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * The portal's own gauges, read from the database by {@link #refresh()} (every 30 seconds by
 * {@link PortalGaugesJob}) and held here between reads: the cascade's backlog and lag, the two outboxes, webhook
 * failures per NHS partner (tagged with its ODS code) and unallocated packages per council (tagged with its code).
 * Read-only, so every node reads its own. Tags are codes an administrator set, never anything personal.
 */
@Context
@Requires(beans = MeterRegistry.class)
final class PortalGauges {

    /** Packages whose response window has closed: what the next cascade tick must move. */
    private static final String CASCADE = """
            select count(*) as backlog, min(stage_ends_at) as oldest
              from care_package
             where status in ('PRIMARY', 'SECONDARY', 'OPEN') and stage_ends_at <= ?::timestamptz""";

    private static final String EMAIL = """
            select count(*) filter (where gave_up_at is null) as pending,
                   min(created_at) filter (where gave_up_at is null) as oldest,
                   count(*) filter (where gave_up_at is null and attempts > 0) as retrying,
                   count(*) filter (where gave_up_at is not null) as given_up
              from email_outbox
             where sent_at is null""";

    /** Every NHS partner, with its undelivered deliveries (given-up ones are undelivered too). */
    private static final String WEBHOOKS = """
            select o.ods_code as partner,
                   count(d.id) filter (where d.gave_up_at is null) as pending,
                   min(d.created_at) filter (where d.gave_up_at is null) as oldest,
                   count(d.id) filter (where d.gave_up_at is null and d.attempts > 0) as retrying,
                   count(d.id) filter (where d.gave_up_at is not null) as given_up
              from organisation o
              left join webhook_subscription s on s.partner_id = o.id
              left join webhook_delivery d on d.subscription_id = s.id and d.delivered_at is null
             where o.kind = 'NHS_PARTNER'
             group by o.ods_code""";

    private static final String UNALLOCATED = """
            select c.code as council, count(p.id) as unallocated
              from council c
              left join care_package p on p.council_id = c.id and p.status = 'UNALLOCATED'
             group by c.code""";

    /** An outbox's undelivered rows: waiting (and how long the oldest has), retrying after a failure, given up. */
    record Outbox(long pending, double oldestAgeSeconds, long retrying, long givenUp) {
        static final Outbox EMPTY = new Outbox(0, 0, 0, 0);
    }

    record Readings(@Nullable Instant readAt, long cascadeBacklog, double cascadeLagSeconds, Outbox email, Outbox webhooks,
                    Map<String, Outbox> webhooksByPartner, Map<String, Long> unallocatedByCouncil) {
        static final Readings NONE = new Readings(null, 0, 0, Outbox.EMPTY, Outbox.EMPTY, Map.of(), Map.of());
    }

    private final AcrossCouncils acrossCouncils;
    private final Sql sql;
    private final Clock clock;
    private final MultiGauge partnerRetrying;
    private final MultiGauge partnerGivenUp;
    private final MultiGauge partnerPending;
    private final MultiGauge unallocated;
    private volatile Readings readings = Readings.NONE;

    PortalGauges(MeterRegistry registry, AcrossCouncils acrossCouncils, Sql sql, Clock clock) {
        this.acrossCouncils = acrossCouncils;
        this.sql = sql;
        this.clock = clock;
        gauge(registry, "portal.cascade.backlog", "Packages whose response window has closed, still waiting for the cascade to move them",
                null, Tags.empty(), r -> r.cascadeBacklog());
        gauge(registry, "portal.cascade.lag", "How long the oldest closed window has waited for the cascade",
                "seconds", Tags.empty(), r -> r.cascadeLagSeconds());
        for (String outbox : List.of("email", "webhook")) {
            Tags tags = Tags.of("outbox", outbox);
            Function<Readings, Outbox> box = "email".equals(outbox) ? Readings::email : Readings::webhooks;
            gauge(registry, "portal.outbox.pending", "Messages waiting to be sent (given-up ones apart)", null, tags, r -> box.apply(r).pending());
            gauge(registry, "portal.outbox.oldest.age", "How long the oldest waiting message has waited", "seconds", tags,
                    r -> box.apply(r).oldestAgeSeconds());
            gauge(registry, "portal.outbox.retrying", "Waiting messages whose last try failed", null, tags, r -> box.apply(r).retrying());
            gauge(registry, "portal.outbox.given.up", "Messages given up after their last try, still kept", null, tags,
                    r -> box.apply(r).givenUp());
        }
        gauge(registry, "portal.metrics.read", "When these gauges were last read from the database (Unix time; 0 before the first read)",
                "seconds", Tags.empty(), r -> r.readAt() == null ? 0 : r.readAt().getEpochSecond());
        this.partnerPending = MultiGauge.builder("portal.webhook.pending")
                .description("Webhook deliveries waiting to be sent, per NHS partner (ODS code)").register(registry);
        this.partnerRetrying = MultiGauge.builder("portal.webhook.retrying")
                .description("Webhook deliveries whose last try failed, per NHS partner (ODS code)").register(registry);
        this.partnerGivenUp = MultiGauge.builder("portal.webhook.given.up")
                .description("Webhook deliveries given up after their last try, per NHS partner (ODS code)").register(registry);
        this.unallocated = MultiGauge.builder("portal.packages.unallocated")
                .description("Packages no provider took, waiting for the commissioner, per council (code)").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, @Nullable String unit, Tags tags,
                       ToDoubleFunction<Readings> value) {
        Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.readings))
                .description(description).baseUnit(unit).tags(tags).strongReference(true).register(registry);
    }

    /** Reads every gauge from the database now; outside any transaction (it opens its own, across councils). */
    void refresh() {
        Instant now = clock.instant();
        Readings read = acrossCouncils.run("the metrics count every council's backlog, outboxes and unallocated packages",
                () -> read(now));
        readings = read;
        partnerPending.register(rows("partner", read.webhooksByPartner(), Outbox::pending), true);
        partnerRetrying.register(rows("partner", read.webhooksByPartner(), Outbox::retrying), true);
        partnerGivenUp.register(rows("partner", read.webhooksByPartner(), Outbox::givenUp), true);
        unallocated.register(rows("council", read.unallocatedByCouncil(), Long::longValue), true);
    }

    /** What the last {@link #refresh()} read. */
    Readings readings() {
        return readings;
    }

    private Readings read(Instant now) {
        record Lapsed(long backlog, @Nullable Instant oldest) {
        }
        Lapsed lapsed = sql.one(CASCADE, row -> new Lapsed(row.getLong("backlog"), Sql.instant(row, "oldest")), now).orElseThrow();
        Outbox email = sql.one(EMAIL, row -> outbox(row, now)).orElseThrow();
        Map<String, Outbox> partners = sql.list(WEBHOOKS, row -> Map.entry(row.getString("partner"), outbox(row, now)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, PortalGauges::sum));
        Outbox webhooks = partners.values().stream().reduce(Outbox.EMPTY, PortalGauges::sum);
        Map<String, Long> councils = sql.list(UNALLOCATED, row -> Map.entry(row.getString("council"), row.getLong("unallocated")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Readings(now, lapsed.backlog(), ageSeconds(lapsed.oldest(), now), email, webhooks, partners, councils);
    }

    private static Outbox outbox(ResultSet row, Instant now) throws SQLException {
        return new Outbox(row.getLong("pending"), ageSeconds(Sql.instant(row, "oldest"), now), row.getLong("retrying"),
                row.getLong("given_up"));
    }

    private static Outbox sum(Outbox a, Outbox b) {
        return new Outbox(a.pending() + b.pending(), Math.max(a.oldestAgeSeconds(), b.oldestAgeSeconds()),
                a.retrying() + b.retrying(), a.givenUp() + b.givenUp());
    }

    private static double ageSeconds(@Nullable Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toMillis() / 1000.0);
    }

    private static <V> List<MultiGauge.Row<?>> rows(String tag, Map<String, V> values, ToDoubleFunction<V> value) {
        return values.entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of(tag, e.getKey()), value.applyAsDouble(e.getValue())))
                .toList();
    }
}
