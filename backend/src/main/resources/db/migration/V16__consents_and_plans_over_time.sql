-- People and carers, and plans over time.
--
-- 1. A carer's consent to act for a person becomes a managed record: it counts from its first day
--    (starts_on) until an optional last day (ends_on) unless revoked; it says who revoked it and on what
--    basis it was recorded (by the person themself, or by the council).
-- 2. A plan's weekly hours change from a given Monday (hours_plan_change): each week's lot is credited
--    the amount in force that week. A plan can be stopped early (stopped_on): nothing is credited or
--    booked after it.
-- 3. Notifications of a plan that ended.

-- The data below is every council's: as V11 asks of a data migration, work across councils.
set local portal.across_councils = 'on';

alter table carer_consent add column starts_on date;
alter table carer_consent add column ends_on date;
alter table carer_consent add column revoked_by uuid references app_user (id);
alter table carer_consent add column basis text not null default 'COUNCIL' check (basis in ('PERSON', 'COUNCIL'));
update carer_consent set starts_on = (granted_at at time zone 'Europe/London')::date;
alter table carer_consent alter column starts_on set not null;
alter table carer_consent add constraint consent_ends_after_it_starts check (ends_on is null or ends_on >= starts_on);

-- starts_on defaults to the UK day the consent was recorded (granted_at, itself defaulting to now()), so every
-- insert that names neither keeps working, and one that gives granted_at (the application's clock) starts that day.
-- A column default cannot read another column; this trigger is the default.
create function portal.consent_starts_when_recorded() returns trigger language plpgsql as $$
begin
    if new.starts_on is null then
        new.starts_on := (new.granted_at at time zone 'Europe/London')::date;
    end if;
    return new;
end $$;
create trigger carer_consent_starts_when_recorded before insert on carer_consent
    for each row execute function portal.consent_starts_when_recorded();

-- A carer may now hold a consent that ended and a later one for the same person, neither revoked: the
-- application refuses overlapping consents under the person's row lock instead of one live link per pair.
drop index carer_consent_one_live_link;
create index carer_consent_by_person on carer_consent (person_id, carer_id);
create index carer_consent_by_carer on carer_consent (carer_id) where revoked_at is null;

-- The weekly minutes a plan credits from a Monday on; the plan's own weekly_minutes holds before the first change.
create table hours_plan_change (
    id              uuid primary key default gen_random_uuid(),
    council_id      uuid not null,
    plan_id         uuid not null references hours_plan (id),
    from_monday     date not null check (extract(isodow from from_monday) = 1),
    weekly_minutes  integer not null check (weekly_minutes between 15 and 10080),
    recorded_at     timestamptz not null,
    recorded_by     uuid references app_user (id),
    unique (plan_id, from_monday)
);
create trigger hours_plan_change_council before insert on hours_plan_change
    for each row execute function portal.council_of_plan();
alter table hours_plan_change enable row level security;
alter table hours_plan_change force row level security;
create policy acting_councils on hours_plan_change
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));

-- A plan stopped by the council: its last day of care. No lot is credited for a week after it, no session booked after it.
alter table hours_plan add column stopped_on date;

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('OFFER_MADE', 'OFFER_LAPSING', 'PACKAGE_UNALLOCATED', 'PACKAGE_REVIEW', 'HOURS_PLAN_ENDED'));
