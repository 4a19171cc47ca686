-- Variations of an awarded package: the council proposes new terms (weekly minutes and visit pattern) from a date,
-- its provider accepts or declines them within the council's response window, or they lapse.
--
-- A variation keeps the terms in force when it was proposed (old_*) and the terms proposed (new_*), so every
-- change of a package's care stays readable. care_package's own columns always hold the terms IN FORCE: an
-- accepted variation whose date has come is applied to them (applied_at set), at once when accepted on or after
-- its date, otherwise by the variation job on the date. An accepted variation not yet applied is the package's
-- future terms.

-- How many days a provider has to answer a variation (the council's settings).
alter table council add column if not exists variation_response_days integer not null default 5
    check (variation_response_days between 1 and 28);

create table package_variation (
    id                   uuid primary key default gen_random_uuid(),
    council_id           uuid not null references council (id),
    package_id           uuid not null references care_package (id),
    provider_id          uuid not null references organisation (id),
    status               text not null default 'PROPOSED'
                         check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'LAPSED', 'WITHDRAWN')),
    old_weekly_minutes   integer not null,
    old_visits_per_day   integer not null,
    old_visit_minutes    integer not null,
    old_times_of_day     text not null,
    old_out_of_hours     boolean not null,
    old_double_handed    boolean not null,
    new_weekly_minutes   integer not null check (new_weekly_minutes between 15 and 10080),
    new_visits_per_day   integer not null check (new_visits_per_day between 1 and 8),
    new_visit_minutes    integer not null check (new_visit_minutes > 0),
    new_times_of_day     text not null,
    new_out_of_hours     boolean not null,
    new_double_handed    boolean not null,
    effective_from       date not null,
    reason               text not null,
    proposed_at          timestamptz not null,
    proposed_by          uuid references app_user (id),
    proposed_by_name     text not null,
    respond_by           timestamptz not null,
    ended_at             timestamptz,
    ended_by             uuid references app_user (id),
    ended_by_name        text,
    decline_reason       text,
    applied_at           timestamptz,
    constraint variation_ended check ((status = 'PROPOSED') = (ended_at is null)),
    constraint variation_declined_says_why check (status <> 'DECLINED' or decline_reason is not null),
    constraint variation_applied_only_accepted check (applied_at is null or status = 'ACCEPTED')
);
-- One pending variation per package: the backstop of the rule, so racing proposals leave exactly one.
create unique index package_variation_one_pending on package_variation (package_id) where status = 'PROPOSED';
create index package_variation_by_package on package_variation (package_id, proposed_at);
create index package_variation_lapsing on package_variation (respond_by) where status = 'PROPOSED';
create index package_variation_due on package_variation (effective_from) where status = 'ACCEPTED' and applied_at is null;

alter table package_variation enable row level security;
alter table package_variation force row level security;
create policy acting_councils on package_variation
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));

-- The provider is told of a proposal, the council's commissioners of its answer or lapse, the person and carers
-- of an accepted change.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('OFFER_MADE', 'OFFER_LAPSING', 'PACKAGE_UNALLOCATED', 'PACKAGE_REVIEW', 'HOURS_PLAN_ENDED', 'OFFER_CLOSED',
                    'OFFER_WON', 'PACKAGE_VARIATION'));

-- Partner systems: a change of the visit pattern alone (an accepted variation) is a package.changed too, as a
-- change of weekly minutes or start already was (V5's definition otherwise unchanged).
create or replace function record_partner_event() returns trigger language plpgsql as $$
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
    elsif new.weekly_minutes <> old.weekly_minutes or new.start_date <> old.start_date
          or new.visits_per_day <> old.visits_per_day or new.visit_minutes <> old.visit_minutes
          or new.times_of_day <> old.times_of_day or new.out_of_hours <> old.out_of_hours
          or new.double_handed <> old.double_handed then
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
