-- Retention (retention.Retention) finds what is past its keeping by these, instead of reading whole tables.
create index idempotency_key_by_age on idempotency_key (created_at);
create index webhook_delivery_finished on webhook_delivery ((coalesce(delivered_at, gave_up_at)))
    where delivered_at is not null or gave_up_at is not null;
