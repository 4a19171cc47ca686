-- Seeds a realistic offers inbox for the inbox benchmark (bench/run), on top of the demo data.
-- psql variables: provider (the organisation id of provider@coventry.demo), inbox (its pending offers, 200),
-- background (packages of other providers, 50000: two offers each, so 100,000 offers).
\set ON_ERROR_STOP on

-- Lots with a PRIMARY and a SECONDARY provider, with a zone and a person of their council.
create temporary table bench_lot as
select l.id as lot_id, l.council_id,
       coalesce(l.zone_id, (select z.id from zone z where z.council_id = l.council_id order by z.code limit 1)) as zone_id,
       (select pe.id from person pe where pe.council_id = l.council_id order by pe.id limit 1) as person_id,
       (select lp.provider_id from lot_provider lp where lp.lot_id = l.id and lp.tier = 'PRIMARY') as primary_id,
       (select lp.provider_id from lot_provider lp where lp.lot_id = l.id and lp.tier = 'SECONDARY') as secondary_id
  from lot l;
delete from bench_lot where primary_id is null or secondary_id is null;

-- Other providers' traffic: packages in SECONDARY, their PRIMARY offer lapsed (some of them the benchmark
-- provider's: history it must skip) and their SECONDARY offer pending, on lots where the benchmark provider
-- is not the secondary.
create temporary table bench_background_lot as
select *, row_number() over (order by lot_id) - 1 as i, count(*) over () as n
  from bench_lot where secondary_id <> :'provider';

with packages as (
    insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                              visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                              postcode_district, status, round, stage_started_at, stage_ends_at, published_at)
    select b.council_id, 'BG-' || g, b.person_id, b.zone_id, b.lot_id, 'COUNCIL', 420, 2, 30, 'MORNING,TEATIME', false, false,
           current_date + 7, 'Personal care twice a day; lives alone; key safe', 'CV' || (1 + g % 7), 'SECONDARY', 1,
           now() - interval '2 hours', now() + make_interval(mins => 60 + g % 1440), now() - interval '26 hours'
      from generate_series(1, :background) g
      join bench_background_lot b on b.i = g % b.n
    returning id, lot_id, stage_started_at, stage_ends_at
),
primary_offers as (
    insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at, response, responded_at)
    select p.id, 1, b.primary_id, 'PRIMARY', p.stage_started_at - interval '1 day', p.stage_started_at, 'LAPSED', p.stage_started_at
      from packages p join bench_lot b on b.lot_id = p.lot_id
)
insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at)
select p.id, 1, b.secondary_id, 'SECONDARY', p.stage_started_at, p.stage_ends_at
  from packages p join bench_lot b on b.lot_id = p.lot_id;

-- The benchmark provider's inbox: packages in PRIMARY on its lots, each with its pending offer.
create temporary table bench_inbox_lot as
select *, row_number() over (order by lot_id) - 1 as i, count(*) over () as n
  from bench_lot where primary_id = :'provider';

with packages as (
    insert into care_package (council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                              visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary,
                              postcode_district, status, round, stage_started_at, stage_ends_at, published_at)
    select b.council_id, 'IN-' || g, b.person_id, b.zone_id, b.lot_id, 'COUNCIL', 420, 2, 30, 'MORNING,TEATIME', false, false,
           current_date + 7, 'Personal care twice a day; lives alone; key safe', 'CV' || (1 + g % 7), 'PRIMARY', 1,
           now() - interval '1 hour', now() + make_interval(mins => 60 + g % 1440), now() - interval '1 hour'
      from generate_series(1, :inbox) g
      join bench_inbox_lot b on b.i = g % b.n
    returning id, stage_started_at, stage_ends_at
)
insert into offer (package_id, round, provider_id, stage, offered_at, window_ends_at)
select p.id, 1, :'provider', 'PRIMARY', p.stage_started_at, p.stage_ends_at from packages p;

vacuum analyze;
select (select count(*) from offer) as offers,
       (select count(*) from offer where provider_id = :'provider' and response = 'PENDING') as inbox_pending,
       (select count(*) from offer where provider_id = :'provider') as inbox_all;
