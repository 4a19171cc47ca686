-- KPIs at national scale (issue #18, bench/kpis): a council's year of visit actuals is millions of rows (Bradford's 3,701
-- people, about 3.3 million a year), and the bare aggregate over them costs a second; the KPI page must answer in 200 ms.
--
-- visit_actual_day holds the sums of the visits of one council, day, provider, and the zone, lot and urgency of their
-- package: every key the KPI filters use (kpis.KpiQueries). A large council's year is then some tens of thousands of rows.
-- It is derived data, kept exact in the visits' own transaction by statement-level triggers with transition tables (one
-- upsert an ECM import, not one a row), rows sorted by key so that two transactions touching the same days lock them in
-- the same order. Visits are not changed once recorded (V34) except their times and reasons, and deleted only while no
-- payment schedule claims them; a package's zone, lot and urgency change only while it is a draft. All of those are
-- followed here anyway, so that the sums stay the visits' sums whatever a future statement does.
-- No foreign keys: every key is its visits' and goes with them.

create table visit_actual_day (
    council_id                 uuid not null,
    visit_date                 date not null,
    provider_id                uuid not null,
    zone_id                    uuid not null,
    lot_id                     uuid not null,
    urgency                    text not null,
    visits                     integer not null check (visits >= 0),
    missed                     integer not null check (missed between 0 and visits),
    planned_minutes            bigint not null check (planned_minutes >= 0),
    actual_minutes             bigint not null check (actual_minutes >= 0),
    attended_planned_under_30  integer not null check (attended_planned_under_30 >= 0),
    attended_actual_under_30   integer not null check (attended_actual_under_30 >= 0),
    primary key (council_id, visit_date, provider_id, zone_id, lot_id, urgency)
);

alter table visit_actual_day enable row level security;
alter table visit_actual_day force row level security;
create policy acting_councils on visit_actual_day
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));

-- A day left with no visits goes (found through this index, which is empty between statements).
create index visit_actual_day_empty on visit_actual_day (council_id) where visits = 0;

-- The statement that adds signed visits to their days: `changed` is a query of rows (sign, council_id, visit_date,
-- provider_id, zone_id, lot_id, urgency, missed, planned_minutes, actual_minutes), sign 1 for a visit that came and -1 for
-- one that went. Returned as text for the triggers to execute themselves: only the trigger's own statements see its
-- transition tables.
create function portal.visit_days_upsert(changed text) returns text language sql as $f$
select format($q$
    with delta as (
        select v.council_id, v.visit_date, v.provider_id, v.zone_id, v.lot_id, v.urgency, sum(v.sign) as visits,
               sum(case when v.missed then v.sign else 0 end) as missed, sum(v.sign * v.planned_minutes) as planned_minutes,
               sum(v.sign * v.actual_minutes) as actual_minutes,
               sum(case when not v.missed and v.planned_minutes < 30 then v.sign else 0 end) as attended_planned_under_30,
               sum(case when not v.missed and v.actual_minutes < 30 then v.sign else 0 end) as attended_actual_under_30
          from (%s) v (sign, council_id, visit_date, provider_id, zone_id, lot_id, urgency, missed, planned_minutes, actual_minutes)
         group by 1, 2, 3, 4, 5, 6
    ),
    -- Days that exist are updated (a delta may be negative, which an insert's checks would refuse before seeing the
    -- conflict); new days are inserted, and a day another transaction inserted meanwhile is added to on conflict.
    updated as (
        update visit_actual_day d
           set visits = d.visits + x.visits, missed = d.missed + x.missed, planned_minutes = d.planned_minutes + x.planned_minutes,
               actual_minutes = d.actual_minutes + x.actual_minutes,
               attended_planned_under_30 = d.attended_planned_under_30 + x.attended_planned_under_30,
               attended_actual_under_30 = d.attended_actual_under_30 + x.attended_actual_under_30
          from (select * from delta order by 1, 2, 3, 4, 5, 6) x
         where (d.council_id, d.visit_date, d.provider_id, d.zone_id, d.lot_id, d.urgency)
             = (x.council_id, x.visit_date, x.provider_id, x.zone_id, x.lot_id, x.urgency)
        returning d.council_id, d.visit_date, d.provider_id, d.zone_id, d.lot_id, d.urgency
    )
    insert into visit_actual_day as d (council_id, visit_date, provider_id, zone_id, lot_id, urgency, visits, missed,
                                       planned_minutes, actual_minutes, attended_planned_under_30, attended_actual_under_30)
    select * from delta x
     where not exists (select 1 from updated u
                        where (u.council_id, u.visit_date, u.provider_id, u.zone_id, u.lot_id, u.urgency)
                            = (x.council_id, x.visit_date, x.provider_id, x.zone_id, x.lot_id, x.urgency))
     order by 1, 2, 3, 4, 5, 6
    on conflict (council_id, visit_date, provider_id, zone_id, lot_id, urgency) do update
       set visits = d.visits + excluded.visits, missed = d.missed + excluded.missed,
           planned_minutes = d.planned_minutes + excluded.planned_minutes,
           actual_minutes = d.actual_minutes + excluded.actual_minutes,
           attended_planned_under_30 = d.attended_planned_under_30 + excluded.attended_planned_under_30,
           attended_actual_under_30 = d.attended_actual_under_30 + excluded.attended_actual_under_30$q$, changed)
$f$;

-- Visits recorded, changed or deleted: their days follow, in the same statement's transaction.
create function portal.visit_actual_days() returns trigger language plpgsql as $$
declare
    came constant text := 'select 1, v.council_id, v.visit_date, v.provider_id, p.zone_id, p.lot_id, p.urgency, v.missed,
                                  v.planned_minutes, v.actual_minutes from added v join care_package p on p.id = v.package_id';
    went constant text := 'select -1, v.council_id, v.visit_date, v.provider_id, p.zone_id, p.lot_id, p.urgency, v.missed,
                                  v.planned_minutes, v.actual_minutes from removed v join care_package p on p.id = v.package_id';
begin
    execute portal.visit_days_upsert(case tg_op when 'INSERT' then came when 'DELETE' then went
                                                else came || ' union all ' || went end);
    if tg_op <> 'INSERT' then
        delete from visit_actual_day where visits = 0;
    end if;
    return null;
end $$;
create trigger visit_actual_days_inserted after insert on visit_actual
    referencing new table as added for each statement execute function portal.visit_actual_days();
create trigger visit_actual_days_updated after update on visit_actual
    referencing old table as removed new table as added for each statement execute function portal.visit_actual_days();
create trigger visit_actual_days_deleted after delete on visit_actual
    referencing old table as removed for each statement execute function portal.visit_actual_days();

-- A package whose zone, lot or urgency changes takes its visits' sums with it: V44's trigger, with its awards' facts.

-- The visits recorded before this migration.
set local portal.across_councils = 'on';
do $$
begin
    execute portal.visit_days_upsert('
        select 1, v.council_id, v.visit_date, v.provider_id, p.zone_id, p.lot_id, p.urgency, v.missed, v.planned_minutes,
               v.actual_minutes
          from visit_actual v join care_package p on p.id = v.package_id');
end $$;
analyze visit_actual_day;

-- KPIs' declines (kpis.KpiQueries): the council's own, by when they were declined. Replaces V38's index of every
-- council's declines.
create index offer_declined_by_council on offer (council_id, responded_at) where response = 'DECLINED';
drop index offer_declined;
