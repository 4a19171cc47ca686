-- When a package's current wait began, stated once: the KPIs' waiting list (kpis.KpiQueries) and V44's award facts
-- (portal.record_award) both ask it, and each wrote the rule out until now. The wait begins at the package's last entry
-- into the cascade from DRAFT (published) or AWARDED (handed back) up to `until`; no wait begins before its publication,
-- so only the monthly partitions of audit_event from the publication on are read. No row's time (null) when there is
-- no such entry: each caller says what stands in for it.
--
-- A set-returning SQL function of one select, stable and not security definer, so that PostgreSQL inlines it into the
-- caller's query (`join lateral portal.wait_began(...)`) and plans it with the caller's partition pruning, as the
-- subquery it replaces was.
create function portal.wait_began(package uuid, published timestamptz, until timestamptz)
    returns table (began timestamptz) language sql stable as $$
select max(e.occurred_at) from audit_event e
 where e.entity_type = 'care_package' and e.entity_id = package and left(e.action, 8) = 'ENTERED_'
   and e.details ->> 'from' in ('DRAFT', 'AWARDED')
   and e.occurred_at >= coalesce(published, '-infinity') and e.occurred_at <= until
$$;

create or replace function portal.record_award(award_event bigint, award_package uuid, award_at timestamptz, award_stage text)
    returns void language sql as $$
insert into package_award (event_id, council_id, package_id, awarded_at, stage, provider_id, round, to_primary, wait_began_at,
                           zone_id, lot_id, urgency)
select award_event, p.council_id, p.id, award_at, coalesce(w.stage, award_stage), w.provider_id, w.round,
       exists (select 1 from offer po where po.package_id = p.id and po.round = w.round and po.provider_id = w.provider_id
                  and po.stage = 'PRIMARY'),
       coalesce(wait.began, p.published_at, award_at),
       p.zone_id, p.lot_id, p.urgency
  from care_package p
  left join lateral (
      select o.provider_id, o.round, o.stage from offer o
       where o.package_id = p.id and o.response = 'WON' and o.offered_at <= award_at
       order by o.round desc limit 1) w on true
  cross join lateral portal.wait_began(p.id, p.published_at, award_at) wait
 where p.id = award_package
on conflict (event_id) do nothing
$$;
