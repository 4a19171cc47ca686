-- Paying providers (issue #16, part 5; docs/payment-schedules.md): a council's payment schedule per provider per 4-week
-- period, built from the provider's visit actuals (V29) times the rate in force on each visit's day (V1 rate, or the
-- agreed rate of the package's winning bid), with exceptions the council approves or adjusts before finalising it.
--
-- Money is integer pence throughout (bigint for sums). All three tables are council-owned (row-level security as in
-- V11). A FINAL schedule is immutable: triggers refuse any change of its header, any insert, update or delete of its
-- lines, and its deletion; corrections to it are new payment_correction rows, which are never changed either.

create table payment_schedule (
    id             uuid primary key default gen_random_uuid(),
    council_id     uuid not null references council (id),
    provider_id    uuid not null references organisation (id),
    period_start   date not null check (extract(isodow from period_start) = 1),
    period_end     date not null generated always as (period_start + 27) stored,
    status         text not null default 'DRAFT' check (status in ('DRAFT', 'FINAL')),
    -- The sum of the lines' approved amounts, written once when the schedule is finalised.
    lines_total_pence bigint,
    built_by       text not null,
    built_at       timestamptz not null,
    finalised_by   text,
    finalised_at   timestamptz,
    constraint payment_schedule_once unique (council_id, provider_id, period_start),
    constraint payment_schedule_final_has_total check ((status = 'FINAL') = (lines_total_pence is not null and finalised_at is not null))
);
create index payment_schedule_by_provider on payment_schedule (provider_id, period_start);

-- A schedule's lines are a provider's visits of a council up to a day (ScheduleBuilding): found by this index rather than
-- by scanning the council's visits (V29's indexes are by package and by council and day).
create index visit_actual_by_provider on visit_actual (council_id, provider_id, visit_date);

create table payment_line (
    id                      uuid primary key default gen_random_uuid(),
    schedule_id             uuid not null references payment_schedule (id),
    council_id              uuid not null references council (id),
    -- A visit is paid once, on one line of one schedule.
    visit_id                uuid not null unique references visit_actual (id),
    package_id              uuid not null references care_package (id),
    visit_date              date not null,
    planned_minutes         integer not null,
    actual_minutes          integer not null,
    carers_present          integer not null,
    carers_commissioned     integer not null,
    missed                  boolean not null,
    service_type            text not null check (service_type in ('DOMICILIARY', 'SHORT_BREAKS', 'OUT_OF_HOURS', 'CHC')),
    rate_source             text check (rate_source in ('RATE_SCHEDULE', 'AGREED_BID')),
    rate_pence              integer check (rate_pence > 0),
    paid_minutes            integer not null check (paid_minutes >= 0),
    amount_pence            bigint not null check (amount_pence >= 0),
    exception               text check (exception in ('NO_RATE', 'MISSED', 'CARERS_DIFFER', 'MINUTES_DIFFER')),
    resolution              text check (resolution in ('APPROVED', 'ADJUSTED')),
    approved_minutes        integer check (approved_minutes >= 0),
    approved_rate_pence     integer check (approved_rate_pence > 0),
    approved_amount_pence   bigint check (approved_amount_pence >= 0),
    resolution_reason       text check (char_length(resolution_reason) between 1 and 500),
    resolved_by             text,
    resolved_at             timestamptz,
    constraint payment_line_rate_known check ((rate_pence is null) = (rate_source is null)),
    constraint payment_line_plain_is_approved check (exception is not null or approved_amount_pence is not null),
    constraint payment_line_adjusted_has_reason check (resolution is distinct from 'ADJUSTED' or resolution_reason is not null)
);
create index payment_line_by_schedule on payment_line (schedule_id, visit_date);

create table payment_correction (
    id            uuid primary key default gen_random_uuid(),
    schedule_id   uuid not null references payment_schedule (id),
    council_id    uuid not null references council (id),
    amount_pence  bigint not null check (amount_pence <> 0),
    reason        text not null check (char_length(reason) between 1 and 500),
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index payment_correction_by_schedule on payment_correction (schedule_id);

-- No two schedules of a provider in a council cover the same day: schedules of one council and provider are built one
-- at a time (a transaction-scoped advisory lock), and a new one overlapping another is refused.
create function portal.payment_schedule_no_overlap() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtextextended('payment_schedule:' || new.council_id::text || ':' || new.provider_id::text, 0));
    if exists (select 1 from payment_schedule s
                where s.council_id = new.council_id and s.provider_id = new.provider_id and s.id <> new.id
                  and s.period_start <= new.period_start + 27 and new.period_start <= s.period_start + 27) then
        raise exception 'payment schedules of a provider may not overlap' using errcode = '23P01';
    end if;
    return new;
end $$;
create trigger payment_schedule_no_overlap before insert on payment_schedule
    for each row execute function portal.payment_schedule_no_overlap();

-- A FINAL schedule is history: its header never changes and it is never deleted.
create function portal.payment_schedule_final_is_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'FINAL' then
        raise exception 'a final payment schedule cannot change; record a correction instead' using errcode = '55000';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger payment_schedule_final_is_immutable before update or delete on payment_schedule
    for each row execute function portal.payment_schedule_final_is_immutable();

-- Nor do its lines: no line is changed on or removed from a FINAL schedule (a row trigger), nor added to one (a statement
-- trigger over the rows just inserted: a schedule's thousands of lines are checked by one query, not one each).
create function portal.payment_line_of_final_is_immutable() returns trigger language plpgsql as $$
begin
    if exists (select 1 from payment_schedule s where s.id in (old.schedule_id, new.schedule_id) and s.status = 'FINAL') then
        raise exception 'the lines of a final payment schedule cannot change; record a correction instead' using errcode = '55000';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger payment_line_of_final_is_immutable before update or delete on payment_line
    for each row execute function portal.payment_line_of_final_is_immutable();

create function portal.payment_lines_not_added_to_final() returns trigger language plpgsql as $$
begin
    if exists (select 1 from added a join payment_schedule s on s.id = a.schedule_id where s.status = 'FINAL') then
        raise exception 'the lines of a final payment schedule cannot change; record a correction instead' using errcode = '55000';
    end if;
    return null;
end $$;
create trigger payment_lines_not_added_to_final after insert on payment_line referencing new table as added
    for each statement execute function portal.payment_lines_not_added_to_final();

-- Corrections are recorded against FINAL schedules only, and are never changed or removed.
create function portal.payment_correction_append_only() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        raise exception 'payment corrections are never changed; record another correction instead' using errcode = '55000';
    end if;
    if not exists (select 1 from payment_schedule s where s.id = new.schedule_id and s.status = 'FINAL') then
        raise exception 'corrections are recorded against final payment schedules only' using errcode = '55000';
    end if;
    return new;
end $$;
create trigger payment_correction_append_only before insert or update or delete on payment_correction
    for each row execute function portal.payment_correction_append_only();

alter table payment_schedule enable row level security;
alter table payment_schedule force row level security;
create policy acting_councils on payment_schedule
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));
alter table payment_line enable row level security;
alter table payment_line force row level security;
create policy acting_councils on payment_line
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));
alter table payment_correction enable row level security;
alter table payment_correction force row level security;
create policy acting_councils on payment_correction
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));

-- The provider is told when a schedule becomes final (a remittance it can read). The kinds' check is extended in place,
-- whatever kinds earlier migrations listed.
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
            || replace(definition, '::text])', '::text, ''REMITTANCE_FINAL''::text])');
end $$;
