-- Sign-in attempts, counted by what they name rather than by account, so a name that has no account is throttled
-- exactly like one that has (the answers cannot tell them apart): the account name from one client address, the
-- account name from anywhere, the client address, and an API client's id (identity.SignInThrottle).
-- Not council-owned: attempts come before anyone is known.
create table sign_in_throttle (
    key              text primary key check (length(key) <= 400),
    failures         integer not null default 0 check (failures >= 0),
    last_failure_at  timestamptz not null,
    locked_until     timestamptz
);
-- Retention forgets counters nobody has added to for a day.
create index sign_in_throttle_by_age on sign_in_throttle (last_failure_at);
