-- Urgency and escalation: how soon each package must find a provider, how long each council lets a package of each
-- urgency wait unallocated, the emergencies of packages that waited longer, and which commissioners are on duty for them.

-- Each package's urgency (set when drafting, or by the CHC partner placing it).
alter table care_package add column urgency text not null default 'ROUTINE'
    check (urgency in ('ROUTINE', 'URGENT', 'FAST_TRACK_CHC'));

-- When the package's current wait for a provider began: its first publishing, or the day a hand-back took effect.
-- emergency_at: when it became an emergency, once per wait (set by the escalation job only; a new wait clears it).
alter table care_package add column waiting_since timestamptz;
alter table care_package add column emergency_at timestamptz;
set local portal.across_councils = 'on';
update care_package set waiting_since = published_at
 where status in ('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED');

-- A wait begins whenever a package enters the cascade from DRAFT (published) or AWARDED (handed back), whichever path
-- moved it (the cascade's set-based statement, a single move, or the fast track): stated here once rather than in each.
create function portal.package_wait_begins() returns trigger language plpgsql as $$
begin
    if old.status in ('DRAFT', 'AWARDED') and new.status in ('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED') then
        new.waiting_since := coalesce(new.stage_started_at, new.published_at);
        new.emergency_at := null;
    end if;
    return new;
end $$;
create trigger care_package_wait_begins before update of status on care_package
    for each row execute function portal.package_wait_begins();

-- The escalation job's look-up: waiting packages not yet escalated, by when their wait began.
create index care_package_escalation on care_package (waiting_since)
    where emergency_at is null and status in ('PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED');

-- Each council's windows, in hours: how long a package of each urgency may wait unallocated before it becomes an emergency.
alter table council add column routine_window_hours integer not null default 336 check (routine_window_hours between 1 and 2160);
alter table council add column urgent_window_hours integer not null default 48 check (urgent_window_hours between 1 and 336);
alter table council add column fast_track_window_hours integer not null default 4 check (fast_track_window_hours between 1 and 48);
alter table council add constraint urgency_windows_in_order
    check (fast_track_window_hours <= urgent_window_hours and urgent_window_hours <= routine_window_hours);

-- A commissioner on duty for emergencies, since when (null: off duty). Each goes on and off duty themselves.
alter table app_user add column on_duty_since timestamptz;
create index app_user_on_duty on app_user (council_id) where on_duty_since is not null;

-- Commissioners are told of each emergency. The kinds' check is extended in place, whatever kinds earlier migrations listed.
do $$
declare
    definition text;
begin
    select pg_get_constraintdef(oid) into strict definition from pg_constraint
     where conrelid = 'notification'::regclass and conname = 'notification_kind_check';
    if position('::text])' in definition) = 0 then
        raise exception 'unexpected notification_kind_check: %', definition;
    end if;
    execute 'alter table notification drop constraint notification_kind_check';
    execute 'alter table notification add constraint notification_kind_check '
            || replace(definition, '::text])', '::text, ''PACKAGE_EMERGENCY''::text])');
end $$;
