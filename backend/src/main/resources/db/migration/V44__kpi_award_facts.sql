-- KPIs at national scale (issue #18, bench/kpis): a large council's year has some 2,500 awards, and finding each one's
-- winning offer, whether the winner was offered the package as primary, and when its wait began (its last entry into
-- the cascade from DRAFT or AWARDED) took four look-ups an award, 300 ms a year, on every read of the KPI page.
--
-- package_award holds those facts of each award, found once, when the award is recorded: a trigger on the AWARDED event
-- of the package's history (whichever path awards: a commissioner, a provider's acceptance, the partner API), in the same
-- transaction, from the same rows the KPIs read before (kpis.KpiQueries, docs/kpis.md). The history is written in order
-- (offers and the cascade's entries before the award), so the facts are what the history says at any later time. The
-- package's zone, lot and urgency are copied, and follow the package if they change.

create table package_award (
    event_id       bigint primary key,
    council_id     uuid not null,
    package_id     uuid not null,
    awarded_at     timestamptz not null,
    stage          text,
    provider_id    uuid,
    round          integer,
    to_primary     boolean not null,
    wait_began_at  timestamptz not null,
    zone_id        uuid not null,
    lot_id         uuid not null,
    urgency        text not null
);
create index package_award_by_council on package_award (council_id, awarded_at);
create index package_award_by_package on package_award (package_id);

alter table package_award enable row level security;
alter table package_award force row level security;
create policy acting_councils on package_award
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));

-- The facts of the award recorded by audit event `award_event` (of package `award_package`, at `award_at`, its details'
-- stage `award_stage`): the round's winning offer, whether its provider was offered the package as PRIMARY in that
-- round, and the start of the wait (the last ENTERED_* event from DRAFT or AWARDED up to the award, none before the
-- package's publication, else its publication, else the award itself).
create function portal.record_award(award_event bigint, award_package uuid, award_at timestamptz, award_stage text)
    returns void language sql as $$
insert into package_award (event_id, council_id, package_id, awarded_at, stage, provider_id, round, to_primary, wait_began_at,
                           zone_id, lot_id, urgency)
select award_event, p.council_id, p.id, award_at, coalesce(w.stage, award_stage), w.provider_id, w.round,
       exists (select 1 from offer po where po.package_id = p.id and po.round = w.round and po.provider_id = w.provider_id
                  and po.stage = 'PRIMARY'),
       coalesce((select max(e.occurred_at) from audit_event e
                  where e.entity_type = 'care_package' and e.entity_id = p.id and left(e.action, 8) = 'ENTERED_'
                    and e.details ->> 'from' in ('DRAFT', 'AWARDED')
                    and e.occurred_at >= coalesce(p.published_at, '-infinity') and e.occurred_at <= award_at),
                coalesce(p.published_at, award_at)),
       p.zone_id, p.lot_id, p.urgency
  from care_package p
  left join lateral (
      select o.provider_id, o.round, o.stage from offer o
       where o.package_id = p.id and o.response = 'WON' and o.offered_at <= award_at
       order by o.round desc limit 1) w on true
 where p.id = award_package
on conflict (event_id) do nothing
$$;

create function portal.award_recorded() returns trigger language plpgsql as $$
begin
    perform portal.record_award(new.id, new.entity_id, new.occurred_at, new.details ->> 'stage');
    return null;
end $$;
create trigger audit_event_award_facts after insert on audit_event
    for each row when (new.action = 'AWARDED' and new.entity_type = 'care_package')
    execute function portal.award_recorded();

-- A package whose zone, lot or urgency changes takes its KPI facts with it: its visits' sums from the old days to the
-- new ones (V43), and its awards' copies.
create function portal.kpi_facts_follow_package() returns trigger language plpgsql as $$
begin
    execute portal.visit_days_upsert('
        select s.sign, v.council_id, v.visit_date, v.provider_id, s.zone_id, s.lot_id, s.urgency, v.missed, v.planned_minutes,
               v.actual_minutes
          from visit_actual v
         cross join (values (-1, $1::uuid, $2::uuid, $3::text), (1, $4::uuid, $5::uuid, $6::text)) s (sign, zone_id, lot_id, urgency)
         where v.package_id = $7')
        using old.zone_id, old.lot_id, old.urgency, new.zone_id, new.lot_id, new.urgency, new.id;
    delete from visit_actual_day where visits = 0;
    update package_award set zone_id = new.zone_id, lot_id = new.lot_id, urgency = new.urgency where package_id = new.id;
    return null;
end $$;
create trigger care_package_kpi_facts after update of zone_id, lot_id, urgency on care_package
    for each row when ((old.zone_id, old.lot_id, old.urgency) is distinct from (new.zone_id, new.lot_id, new.urgency))
    execute function portal.kpi_facts_follow_package();

-- The awards recorded before this migration.
set local portal.across_councils = 'on';
select portal.record_award(a.id, a.entity_id, a.occurred_at, a.details ->> 'stage')
  from audit_event a
 where a.action = 'AWARDED' and a.entity_type = 'care_package' and a.entity_id is not null
 order by a.occurred_at;
analyze package_award;

-- The KPIs' capacity-reporting compliance asks, for each provider of the council and week, whether it reported.
create index capacity_report_by_week on capacity_report (council_id, week_starts, provider_id);
