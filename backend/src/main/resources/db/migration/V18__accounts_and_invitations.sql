-- Going live without SQL: councils created by the platform administrator, accounts made by invitation, passwords
-- reset by e-mail, and accounts deactivated or changed at once.

-- A council's default language (a council's people and staff start in it).
alter table council add column if not exists language text not null default 'en' check (language in ('en', 'cy'));

-- Bumped whenever what a signed-in account may do changes under it (deactivated, reactivated, role changed,
-- password reset): a token carrying an older version is refused on its next request (identity.CurrentAccounts).
alter table app_user add column session_version integer not null default 0;

-- An invitation to make an account: who, in which role, of which council, organisation or person; the token in
-- the e-mailed link is kept only as its SHA-256 hash; used once (used_at), and only before it expires.
-- Not council-owned (no row-level security): the invitee reads it by its token before any council is known,
-- and the platform administrator invites councils' first administrators, being of no council itself.
create table invitation (
    id               uuid primary key default gen_random_uuid(),
    token_hash       text not null unique,
    email            text not null check (email = lower(email)),
    display_name     text not null,
    role             text not null check (role in ('COMMISSIONER', 'PROVIDER', 'SERVICE_USER', 'CARER', 'ADMIN',
                                                   'PLATFORM_ADMIN', 'PROVIDER_ADMIN')),
    council_id       uuid references council (id),
    organisation_id  uuid references organisation (id),
    person_id        uuid references person (id),
    invited_by       uuid references app_user (id),
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    used_at          timestamptz,
    revoked_at       timestamptz,
    account_id       uuid references app_user (id)
);
-- One pending invitation an address: inviting it again replaces the pending one.
create unique index invitation_pending_by_email on invitation (email) where used_at is null and revoked_at is null;
create index invitation_by_council on invitation (council_id) where used_at is null and revoked_at is null;
create index invitation_by_organisation on invitation (organisation_id) where used_at is null and revoked_at is null;

-- A password reset asked for by e-mail: the token kept only as its SHA-256 hash, used once, before it expires.
-- Not council-owned: it is used by its token before anyone has signed in.
create table password_reset (
    id          uuid primary key default gen_random_uuid(),
    token_hash  text not null unique,
    user_id     uuid not null references app_user (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_by_user on password_reset (user_id) where used_at is null;

-- An e-mail of no council (an invitation, a password reset) may be queued by whoever sends it, as the audit trail
-- allows an event of no council; it is still read only across councils, by the sender.
create policy no_council_insert on email_outbox for insert with check (council_id is null);
