-- Continuing Healthcare: packages placed by NHS partner systems, idempotent retries, the partner event
-- feed (written by a trigger, so every change is caught, including the cascade's set-based moves), the
-- council's CHC requirement and its map from postcode district to zone.

alter table council add column chc_weekly_minutes_required integer not null default 0 check (chc_weekly_minutes_required >= 0);

alter table care_package add column placed_by uuid references organisation (id);
alter table care_package add column partner_reference text;
create index care_package_placed_by on care_package (placed_by) where placed_by is not null;
create index care_package_chc on care_package (council_id, status) where funding = 'NHS_CHC';

create table postcode_district_zone (
    council_id  uuid not null references council (id),
    district    text not null check (district ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?$'),
    zone_id     uuid not null references zone (id),
    primary key (council_id, district)
);

-- A partner's request, by its Idempotency-Key: the hash of the body it came with and the first answer.
create table idempotency_key (
    partner_id     uuid not null references organisation (id),
    key            text not null check (length(key) between 1 and 200),
    request_hash   text not null,
    package_id     uuid,
    response_body  text,
    created_at     timestamptz not null default now(),
    primary key (partner_id, key)
);

-- The feed. Ordered by (txid, id) and read only below the oldest transaction still running, so a
-- reader never skips an event that commits late. No foreign keys: the cascade holds package locks.
create table partner_event (
    id                   bigint generated always as identity primary key,
    txid                 xid8 not null default pg_current_xact_id(),
    partner_id           uuid not null,
    council_id           uuid not null,
    package_id           uuid not null,
    type                 text not null,
    status               text not null,
    previous_status      text,
    weekly_minutes       integer not null,
    start_date           date not null,
    awarded_provider_id  uuid,
    occurred_at          timestamptz not null default clock_timestamp()
);
create index partner_event_feed on partner_event (partner_id, txid, id);

create function record_partner_event() returns trigger language plpgsql as $$
declare
    kind text;
begin
    if tg_op = 'INSERT' then
        kind := 'package.created';
    elsif new.status <> old.status then
        kind := case new.status
                    when 'AWARDED' then 'package.awarded'
                    when 'CANCELLED' then 'package.cancelled'
                    when 'UNALLOCATED' then 'package.unallocated'
                    else 'package.status-changed' end;
    elsif new.weekly_minutes <> old.weekly_minutes or new.start_date <> old.start_date then
        kind := 'package.changed';
    elsif new.awarded_provider_id is distinct from old.awarded_provider_id then
        kind := 'package.provider-changed';
    else
        return null;
    end if;
    insert into partner_event (partner_id, council_id, package_id, type, status, previous_status, weekly_minutes, start_date, awarded_provider_id)
    values (new.placed_by, new.council_id, new.id, kind, new.status, case when tg_op = 'UPDATE' then old.status end,
            new.weekly_minutes, new.start_date, new.awarded_provider_id);
    return null;
end $$;

create trigger care_package_partner_event
    after insert or update on care_package
    for each row when (new.placed_by is not null)
    execute function record_partner_event();
