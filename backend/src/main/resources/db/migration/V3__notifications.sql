-- Notifications: what a provider or commissioner should know without watching the screen, and the
-- outbox of e-mails that tell them. Texts come from a message bundle (a key and its arguments), never
-- with a person's name, NHS number or address: packages are named by reference, zone and council.
--
-- package_id and offer_id are plain references, without foreign keys: a foreign key check takes a
-- key-share lock on the package row, which the cascade holds FOR UPDATE while it waits for offer rows
-- the notifier has locked, and the two would deadlock. Packages and offers are never deleted.

alter table app_user add column email text;
-- Demo databases seeded before this migration: their staff logins are fictional addresses already.
update app_user set email = username
 where role in ('PROVIDER', 'COMMISSIONER') and username like '%@%.demo';

create table notification (
    id               uuid primary key default gen_random_uuid(),
    user_id          uuid not null references app_user (id),
    council_id       uuid references council (id),
    kind             text not null check (kind in ('OFFER_MADE', 'OFFER_LAPSING', 'PACKAGE_UNALLOCATED', 'PACKAGE_REVIEW')),
    message_key      text not null,
    message_args     text[] not null default '{}',
    package_id       uuid,
    offer_id         uuid,
    created_at       timestamptz not null,
    read_at          timestamptz
);
create index notification_inbox on notification (user_id, created_at desc, id desc);
create index notification_unread on notification (user_id, created_at desc, id desc) where read_at is null;
-- Backstops for "told once": one notification of a kind per user and offer.
create unique index notification_once_per_offer on notification (user_id, offer_id, kind) where offer_id is not null;

-- Offers whose response window is closing and that have not had their reminder.
create index offer_to_remind on offer (window_ends_at) where response = 'PENDING' and reminded_at is null;

-- Packages that need the council's attention, each alerted once per round and status.
create table package_alert (
    package_id  uuid not null,
    round       integer not null,
    status      text not null check (status in ('UNALLOCATED', 'REVIEW')),
    alerted_at  timestamptz not null,
    primary key (package_id, round, status)
);

-- The transactional outbox of e-mails: written with the notification, sent by a worker with retries.
create table email_outbox (
    id               uuid primary key default gen_random_uuid(),
    notification_id  uuid references notification (id),
    to_address       text not null,
    subject          text not null,
    body             text not null,
    created_at       timestamptz not null,
    attempts         integer not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    sent_at          timestamptz,
    gave_up_at       timestamptz,
    last_error       text check (length(last_error) <= 300)
);
create index email_outbox_due on email_outbox (next_attempt_at) where sent_at is null and gave_up_at is null;
