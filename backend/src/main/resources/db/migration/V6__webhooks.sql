-- Webhooks: a partner registers a URL and the portal POSTs each of its partner events there, signed.
-- A transactional outbox: the delivery rows are written by a trigger on partner_event, so in the same
-- transaction as the package change that caused the event. Nothing commits without its deliveries and
-- no delivery exists for a change that rolled back. Workers on any node claim due rows with SKIP LOCKED
-- and a lease, send outside the claiming transaction, and record every try.

create table webhook_subscription (
    id          uuid primary key default gen_random_uuid(),
    partner_id  uuid not null references organisation (id),
    url         text not null check (url ~ '^https?://' and length(url) <= 2000),
    -- The secret is kept as it was issued, not hashed: the portal needs the secret itself to compute
    -- each HMAC signature (a hash can check a secret it is shown, it cannot sign). It is shown to the
    -- partner once, at registration, and never returned again.
    secret      text not null,
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    deactivated_at     timestamptz,
    -- Kept by the sender so the partner's list costs one row a subscription, however long its history.
    last_delivered_at  timestamptz,
    last_error         text check (length(last_error) <= 300),
    last_error_at      timestamptz
);
create index webhook_subscription_partner on webhook_subscription (partner_id) where active;

create table webhook_delivery (
    id               uuid primary key default gen_random_uuid(),
    subscription_id  uuid not null references webhook_subscription (id),
    event_id         bigint not null references partner_event (id),
    created_at       timestamptz not null default now(),
    attempts         integer not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null default now(),
    leased_until     timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       text check (length(last_error) <= 300),
    last_error_at    timestamptz,
    delivered_at     timestamptz,
    gave_up_at       timestamptz,
    unique (subscription_id, event_id)
);
-- What the workers look for: undelivered rows that have not been given up, by when they are due.
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where delivered_at is null and gave_up_at is null;
-- What the partner looks at: a subscription's recent deliveries, and how many are still undelivered.
create index webhook_delivery_recent on webhook_delivery (subscription_id, created_at desc);
create index webhook_delivery_undelivered on webhook_delivery (subscription_id) where delivered_at is null;

-- One delivery per active subscription of the event's partner. A statement trigger, so a set-based
-- move of the cascade that writes many events adds their deliveries in one insert.
create function enqueue_webhook_deliveries() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery (subscription_id, event_id)
    select s.id, e.id
      from new_events e
      join webhook_subscription s on s.partner_id = e.partner_id and s.active
     order by e.id;
    return null;
end $$;

create trigger partner_event_webhooks
    after insert on partner_event
    referencing new table as new_events
    for each statement
    execute function enqueue_webhook_deliveries();
