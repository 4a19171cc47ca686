-- The flexible hours bank: plans credit one lot a week (Monday to Sunday, UK dates), each usable for
-- four weeks; bookings draw from the lot that expires first; every movement is an append-only ledger entry.

create table hours_plan (
    id              uuid primary key default gen_random_uuid(),
    council_id      uuid not null references council (id),
    person_id       uuid not null references person (id),
    provider_id     uuid not null references organisation (id),
    weekly_minutes  integer not null check (weekly_minutes between 15 and 10080),
    starts_on       date not null check (extract(isodow from starts_on) = 1),
    ends_on         date,
    created_at      timestamptz not null default now(),
    constraint plan_ends_after_it_starts check (ends_on is null or ends_on >= starts_on)
);
-- One plan per person: the plan row is what a booking locks to keep the balance from going below zero.
create unique index hours_plan_one_per_person on hours_plan (person_id);
create index hours_plan_by_provider on hours_plan (provider_id);
create index hours_plan_by_council on hours_plan (council_id);

create table hours_lot (
    id                 uuid primary key default gen_random_uuid(),
    plan_id            uuid not null references hours_plan (id),
    person_id          uuid not null references person (id),
    week_starts        date not null check (extract(isodow from week_starts) = 1),
    expires_after      date not null,
    credited_minutes   integer not null check (credited_minutes > 0),
    remaining_minutes  integer not null,
    expired            boolean not null default false,
    unique (plan_id, week_starts),
    -- The backstop for "never below zero": whatever the code does, a lot cannot be overdrawn.
    constraint lot_never_overdrawn check (remaining_minutes between 0 and credited_minutes),
    constraint lot_window_is_four_weeks check (expires_after = week_starts + 27)
);
create index hours_lot_usable on hours_lot (person_id, expires_after) where remaining_minutes > 0;
create index hours_lot_expiring on hours_lot (expires_after) where not expired and remaining_minutes > 0;

create table hours_booking (
    id                 uuid primary key default gen_random_uuid(),
    plan_id            uuid not null references hours_plan (id),
    person_id          uuid not null references person (id),
    provider_id        uuid not null references organisation (id),
    on_date            date not null,
    start_time         time not null,
    minutes            integer not null check (minutes > 0),
    status             text not null default 'BOOKED' check (status in ('BOOKED', 'CANCELLED', 'DELIVERED')),
    delivered_minutes  integer check (delivered_minutes >= 0),
    created_at         timestamptz not null default now(),
    constraint delivered_has_minutes check ((status = 'DELIVERED') = (delivered_minutes is not null))
);
create index hours_booking_by_person on hours_booking (person_id, on_date);
create index hours_booking_by_provider on hours_booking (provider_id, on_date);

-- Every movement of minutes: + credit, cancellation or give-back; - booking, extra delivered or expiry.
create table hours_ledger (
    id            bigint generated always as identity primary key,
    person_id     uuid not null references person (id),
    lot_id        uuid not null references hours_lot (id),
    booking_id    uuid references hours_booking (id),
    kind          text not null check (kind in ('CREDIT', 'BOOKING', 'CANCELLATION', 'DELIVERY_ADJUSTMENT', 'EXPIRY')),
    minutes       integer not null check (minutes <> 0),
    occurred_at   timestamptz not null,
    actor_name    text not null,
    actor_role    text not null,
    acting_for    uuid references person (id)
);
create index hours_ledger_by_person on hours_ledger (person_id, occurred_at);
create index hours_ledger_by_lot on hours_ledger (lot_id);
create index hours_ledger_by_booking on hours_ledger (booking_id) where booking_id is not null;

create trigger hours_ledger_append_only
    before update or delete or truncate on hours_ledger
    for each statement execute function refuse_change_to_append_only();
