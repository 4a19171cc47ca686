-- Seeds one cascade measurement of the several-nodes benchmark (bench/run nodes), on top of the demo data.
-- psql variables: prefix (the packages' reference prefix, new for each measurement), count (packages), lapse_in
-- (seconds from now until every window closes at once). As in BenchCascadeTick: packages in the PRIMARY stage of
-- round 1, spread over the demo lots with a primary and a secondary provider, each with its pending offer to the
-- lot's primary provider, already told (so the notifier, were it on, would have nothing to say).
\set ON_ERROR_STOP on
with lots as (
    select l.id as lot_id, l.council_id,
           coalesce(l.zone_id, (select z.id from zone z where z.council_id = l.council_id order by z.code limit 1)) as zone_id,
           (select pe.id from person pe where pe.council_id = l.council_id order by pe.id limit 1) as person_id,
           row_number() over (order by l.id) - 1 as i,
           count(*) over () as lot_count
      from lot l
     where exists (select 1 from lot_provider s where s.lot_id = l.id and s.tier = 'PRIMARY')
       and exists (select 1 from lot_provider s where s.lot_id = l.id and s.tier = 'SECONDARY')
),
packages as (
    insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes,
                              visits_per_day, visit_minutes, times_of_day, out_of_hours, double_handed, start_date,
                              needs_summary, postcode_district, status, round, stage_started_at, stage_ends_at, published_at)
    select lots.council_id, :'prefix' || g, lots.person_id, lots.zone_id, lots.lot_id, 'COUNCIL', 420,
           2, 30, 'MORNING,TEATIME', false, false, current_date + 7,
           'Benchmark package: personal care twice a day', 'CV1', 'PRIMARY', 1,
           now() - interval '1 day', now() + make_interval(secs => :lapse_in), now() - interval '1 day'
      from generate_series(1, :count) g
      join lots on lots.i = g % lots.lot_count
    returning id, lot_id, round, stage_started_at, stage_ends_at
)
insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at, notified_at, reminded_at)
select p.id, p.round, lp.provider_id, 'PRIMARY', p.stage_started_at, p.stage_ends_at, p.stage_started_at, p.stage_started_at
  from packages p join lot_provider lp on lp.lot_id = p.lot_id and lp.tier = 'PRIMARY';
analyze care_package;
analyze offer;
-- When the windows close, in seconds since the epoch (the benchmark times the nodes from then).
select extract(epoch from min(stage_ends_at)) from care_package where reference like :'prefix' || '%';
