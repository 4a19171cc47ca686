-- Pauses and endings (issue #16 part 3): the provider holding an awarded package reports a hospital admission,
-- a discharge or an ending; a commissioner of the council confirms or rejects it (or records a resumption or an
-- ending directly). A confirmed admission SUSPENDS the package from its date (the provider still holds it);
-- a discharge makes it AWARDED again; a confirmed ending ENDS it (terminal, the provider kept for the record).

alter table care_package drop constraint care_package_status_check;
alter table care_package add constraint care_package_status_check
    check (status in ('DRAFT', 'PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED', 'AWARDED', 'CANCELLED', 'SUSPENDED', 'ENDED'));
alter table care_package drop constraint awarded_has_provider;
alter table care_package add constraint awarded_has_provider
    check ((status in ('AWARDED', 'SUSPENDED', 'ENDED')) = (awarded_provider_id is not null));
alter table care_package
    add column suspended_on date,
    add column ended_on date,
    add column end_reason text check (end_reason in ('DEATH', 'RESIDENTIAL_CARE', 'PERSON_REQUESTED')),
    -- When the hold-period job told the council and the provider that the hold period passed (once per suspension).
    add column hold_passed_told_at timestamptz,
    add constraint suspended_has_date check (status <> 'SUSPENDED' or suspended_on is not null),
    add constraint ended_has_date_and_reason check (status <> 'ENDED' or (ended_on is not null and end_reason is not null));
create index care_package_suspended on care_package (suspended_on) where status = 'SUSPENDED' and hold_passed_told_at is null;

-- How many days the council holds a suspended package for its provider while the person is in hospital.
alter table council add column hospital_hold_days integer not null default 14 check (hospital_hold_days between 1 and 90);

-- What was raised and what the council decided. One change awaits the council at a time per package.
create table package_change (
    id                uuid primary key default gen_random_uuid(),
    seq               bigint generated always as identity,
    council_id        uuid not null references council (id),
    package_id        uuid not null references care_package (id),
    kind              text not null check (kind in ('ADMISSION', 'DISCHARGE', 'ENDING')),
    effective_on      date not null,
    end_reason        text check (end_reason in ('DEATH', 'RESIDENTIAL_CARE', 'PERSON_REQUESTED')),
    state             text not null default 'AWAITING' check (state in ('AWAITING', 'CONFIRMED', 'REJECTED')),
    raised_by         uuid not null references app_user (id),
    raised_by_role    text not null,
    raised_at         timestamptz not null,
    decided_by        uuid references app_user (id),
    decided_at        timestamptz,
    rejection_reason  text,
    constraint ending_has_reason check ((kind = 'ENDING') = (end_reason is not null)),
    constraint decided_when_not_awaiting check ((state = 'AWAITING') = (decided_at is null))
);
create unique index package_change_one_awaiting on package_change (package_id) where state = 'AWAITING';
create index package_change_of_package on package_change (package_id, seq);

alter table package_change enable row level security;
alter table package_change force row level security;
create policy acting_councils on package_change
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));

-- The person, their carers, the provider and the council are told of suspensions, resumptions and endings.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('OFFER_MADE', 'OFFER_LAPSING', 'PACKAGE_UNALLOCATED', 'PACKAGE_REVIEW', 'HOURS_PLAN_ENDED', 'OFFER_CLOSED',
                    'OFFER_WON', 'PACKAGE_VARIATION', 'PACKAGE_CHANGE'));

-- The partner's feed: package.suspended, package.resumed and package.ended, the ending with its reason code only
-- (V28's definition otherwise: a change of the visit pattern is a package.changed too).
alter table partner_event add column reason text;

create or replace function record_partner_event() returns trigger language plpgsql as $$
declare
    kind text;
begin
    if tg_op = 'INSERT' then
        kind := 'package.created';
    elsif new.status <> old.status then
        kind := case
                    when new.status = 'SUSPENDED' then 'package.suspended'
                    when new.status = 'AWARDED' and old.status = 'SUSPENDED' then 'package.resumed'
                    when new.status = 'ENDED' then 'package.ended'
                    when new.status = 'AWARDED' then 'package.awarded'
                    when new.status = 'CANCELLED' then 'package.cancelled'
                    when new.status = 'UNALLOCATED' then 'package.unallocated'
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
    insert into partner_event (partner_id, council_id, package_id, type, status, previous_status, weekly_minutes, start_date,
                               awarded_provider_id, reason)
    values (new.placed_by, new.council_id, new.id, kind, new.status, case when tg_op = 'UPDATE' then old.status end,
            new.weekly_minutes, new.start_date, new.awarded_provider_id, case when kind = 'package.ended' then new.end_reason end);
    return null;
end $$;
