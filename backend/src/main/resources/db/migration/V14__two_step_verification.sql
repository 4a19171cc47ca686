-- Two-step verification: time-based one-time codes (RFC 6238, HMAC-SHA1, 6 digits, 30 seconds) and recovery codes.
--
-- A council may require it of its staff and of the providers working for it (every role but people receiving care
-- and their carers). Another branch adds the same column, so it is added only if missing.
alter table council add column if not exists mfa_required boolean not null default false;

-- On the account (app_user is not council-owned: see V11):
--   mfa_secret       the shared secret, Base32. Set when a set-up starts; in force once mfa_enrolled_at is set.
--                    Kept as it is (the server must have it to check codes; encrypting it with a key held beside it
--                    would add little), and never returned by the API after the set-up that made it.
--   mfa_enrolled_at  when the person confirmed the set-up with a code; null: no two-step verification
--   mfa_last_step    the 30-second step of the last code accepted, so a code is taken once only
alter table app_user
    add column mfa_secret      text,
    add column mfa_enrolled_at timestamptz,
    add column mfa_last_step   bigint,
    add constraint mfa_enrolled_has_secret check (mfa_enrolled_at is null or mfa_secret is not null);

-- Recovery codes: ten per account, shown once, each usable once, kept only as SHA-256 hashes (the codes carry 60 random
-- bits, so a fast hash is enough). Keyed by the account, so, like app_user, not council-owned (no row-level security).
create table recovery_code (
    id         uuid primary key default gen_random_uuid(),
    user_id    uuid not null references app_user (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz,
    unique (user_id, code_hash)
);
