-- Seeds the national background of bench/kpis (issue #18: the KPI page at national scale), on top of the demo data.
-- psql variables: councils (150 added councils), weeks (104: two years), per_week (50 new packages a week), people
-- (3,701: Bradford's people with care), providers (40 a council), zones (8 a council), measured (Coventry's council
-- id: it gets the same packages as each added council, on its own zones and lots), visit_people (3,701: the measured
-- council's people whose visits are recorded; Bradford's 35,000 hours a week), other_visit_people (10: people of each
-- added council whose visits are recorded; see bench/README.md), today (the UK date the benchmark runs on).
--
-- Per council (the added ones and the measured one):
--   * `providers` provider organisations registered with it since before the two years, each reporting capacity for
--     one zone nine weeks in ten (one report a provider and week: the compliance measure asks only whether it reported);
--   * `people` people, each with a standing AWARDED package that began before the two years (the caseload: 567
--     weekly minutes each, 1 to 4 visits a day, about 35,000 hours a week in all; no history: it predates the period);
--   * `per_week` × `weeks` new packages published evenly over the two years, each down the cascade with its offers and
--     the audit events KpiQueries reads: 40 % won by the PRIMARY provider, 30 % declined by it (a reason) and won at
--     SECONDARY, 25 % declined at both and won in OPEN (three bids, one WON, two LOST), 5 % found nobody
--     (UNALLOCATED if published in the last 8 weeks, else CANCELLED). ENTERED_<stage> events carry details.from (DRAFT,
--     PRIMARY, SECONDARY, OPEN), AWARDED events details.stage; 2 % of awards get a HAND_BACK_GIVEN notice 60 days later;
--     30 % of packages awarded over 26 weeks ago have ENDED; one in ten is NHS_CHC funded. A package whose award would
--     fall after now is still in PRIMARY with its offer pending (the waiting measure), its window a week long so that
--     the cascade leaves it alone during the run.
--   * visit actuals: every visit of every day of the `weeks` weeks for `visit_people` caseload packages of the measured
--     council, `other_visit_people` of each added council (2 % missed, the rest a few minutes short or late).
--
-- Written as the embedded server's superuser with session_replication_role = replica: no trigger runs and no foreign
-- key is checked, so every council_id is written here (the triggers would copy it from the package). Rows with a time
-- are written month by month, oldest first, as a live system writes them.
\set ON_ERROR_STOP on
set session_replication_role = replica;
set synchronous_commit = off;
set maintenance_work_mem = '256MB';
set work_mem = '64MB';
set portal.across_councils = 'on';
\timing on

-- A partition of audit_event for every month of the history (the migration made only the last three and three ahead).
select portal.ensure_month_partitions(3, now(), now() - make_interval(days => 7 * :weeks + 62)) as partitions_made;

select (:'today'::date - (extract(isodow from :'today'::date)::int - 1)) as monday \gset
select (:'monday'::date - 7 * :weeks) as first_monday \gset
\echo history from :first_monday to :monday

-- ---------------------------------------------------------------- councils, zones, lots, providers, people
create temporary table k_council as
select gen_random_uuid() as id, g as n, false as measured, 0 as zones from generate_series(1, :councils) g;
insert into council (id, code, name, nation, chc_weekly_minutes_required)
select id, 'kpis-' || n, 'KPI Council ' || n, 'ENGLAND', 270000 from k_council;
insert into brokerage_policy (council_id) select id from k_council;
insert into k_council values (:'measured', 0, true, 0);

create temporary table k_zone (council_id uuid, idx int, zone_id uuid, lot_id uuid);
insert into k_zone
select c.id, z, gen_random_uuid(), gen_random_uuid() from k_council c cross join generate_series(1, :zones) z where not c.measured;
insert into zone (id, council_id, code, name, kind)
select zone_id, council_id, 'z' || idx, 'Zone ' || idx, case when idx % 3 = 0 then 'RURAL' else 'URBAN' end from k_zone;
create temporary table k_framework as select gen_random_uuid() as id, id as council_id from k_council where not measured;
insert into framework (id, council_id, name, starts_on, initial_term_months)
select id, council_id, 'Home care framework', :'first_monday'::date - 60, 84 from k_framework;
insert into lot (id, council_id, framework_id, name, kind, zone_id, service_category)
select z.lot_id, z.council_id, f.id, 'Zone ' || z.idx || ' lot', 'ZONE', z.zone_id, 'GENERAL'
  from k_zone z join k_framework f on f.council_id = z.council_id;
-- The measured council's own lots (a citywide lot's packages go to its first zone).
insert into k_zone
select l.council_id, row_number() over (order by l.name, l.id),
       coalesce(l.zone_id, (select z.id from zone z where z.council_id = l.council_id order by z.code limit 1)), l.id
  from lot l where l.council_id = :'measured';
update k_council c set zones = (select count(*) from k_zone z where z.council_id = c.id);
create index on k_zone (council_id, idx);

create temporary table k_provider as
select c.id as council_id, c.n, p as idx, gen_random_uuid() as id from k_council c cross join generate_series(1, :providers) p;
insert into organisation (id, kind, name, regulator, regulator_provider_id)
select id, 'PROVIDER', 'KPI Provider ' || n || '-' || idx, 'CQC', 'KPI-' || n || '-' || idx from k_provider;
insert into organisation_council (organisation_id, council_id, since)
select id, council_id, :'first_monday'::date - 30 from k_provider;
create index on k_provider (council_id, idx);
-- Each zone lot of an added council: a primary and a secondary provider (the offers below follow the same choice).
insert into lot_provider (lot_id, provider_id, tier, council_id)
select z.lot_id, p.id, t.tier, z.council_id
  from k_zone z join k_council c on c.id = z.council_id and not c.measured
  cross join (values ('PRIMARY', 0), ('SECONDARY', 1)) t(tier, k)
  join k_provider p on p.council_id = z.council_id and p.idx = 1 + (2 * z.idx + t.k) % :providers;

create temporary table k_person as
select c.id as council_id, c.n, k, gen_random_uuid() as id from k_council c cross join generate_series(1, :people) k;
insert into person (id, council_id, given_name, family_name, postcode)
select id, council_id, 'KPI', 'Person ' || n || '-' || k, 'BD1 1AA' from k_person;
create index on k_person (council_id, k);
analyze k_council; analyze k_zone; analyze k_provider; analyze k_person;
-- Equality monitoring (the equality report): 8 people in 10 consented to answer, each characteristic by hash.
insert into equality_profile (person_id, council_id, answers, consent_from, consented_on, recorded_at)
select id, council_id,
       jsonb_build_object(
           'ageBand', (array['AGE_18_TO_64', 'AGE_65_TO_74', 'AGE_75_TO_84', 'AGE_85_AND_OVER', 'PREFER_NOT_TO_SAY'])[1 + abs(hashint4(k)) % 5],
           'sex', (array['FEMALE', 'MALE', 'FEMALE', 'PREFER_NOT_TO_SAY'])[1 + abs(hashint4(k + 1)) % 4],
           'ethnicity', (array['WHITE', 'WHITE', 'WHITE', 'ASIAN', 'BLACK', 'MIXED', 'OTHER', 'PREFER_NOT_TO_SAY'])[1 + abs(hashint4(k + 2)) % 8],
           'disability', (array['YES', 'NO', 'PREFER_NOT_TO_SAY'])[1 + abs(hashint4(k + 3)) % 3],
           'religion', (array['CHRISTIAN', 'NO_RELIGION', 'MUSLIM', 'SIKH', 'HINDU', 'OTHER', 'PREFER_NOT_TO_SAY'])[1 + abs(hashint4(k + 4)) % 7],
           'sexualOrientation', (array['HETEROSEXUAL', 'HETEROSEXUAL', 'GAY_OR_LESBIAN', 'BISEXUAL', 'PREFER_NOT_TO_SAY'])[1 + abs(hashint4(k + 5)) % 5],
           'welshSpeaker', (array['NO', 'NO', 'YES', 'PREFER_NOT_TO_SAY'])[1 + abs(hashint4(k + 6)) % 4]),
       'PERSON', :'first_monday'::date - 30, now()
  from k_person where abs(hashint4(k * 17)) % 10 < 8;

-- ---------------------------------------------------------------- the caseload (awarded before the history begins)
create temporary table k_caseload as
select gen_random_uuid() as id, c.id as council_id, c.n, c.measured, pe.k, pe.id as person_id, z.zone_id, z.lot_id,
       pr.id as provider_id, 1 + pe.k % 4 as visits_per_day, (array[81, 40, 27, 20])[1 + pe.k % 4] as visit_minutes
  from k_council c
  join k_person pe on pe.council_id = c.id
  join k_zone z on z.council_id = c.id and z.idx = 1 + pe.k % c.zones
  join k_provider pr on pr.council_id = c.id and pr.idx = 1 + pe.k % :providers;
insert into care_package (id, council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary, postcode_district,
                          status, round, published_at, awarded_provider_id, awarded_at, created_at)
select id, council_id, 'KPIC-' || n || '-' || k, person_id, zone_id, lot_id, case when k % 10 = 0 then 'NHS_CHC' else 'COUNCIL' end,
       visits_per_day * visit_minutes * 7, visits_per_day, visit_minutes, 'MORNING', false, false,
       :'first_monday'::date - 60 + k % 300, 'Personal care and medication', 'BD1', 'AWARDED', 1,
       (:'first_monday'::date - 400 + k % 300)::timestamp at time zone 'Europe/London', provider_id,
       (:'first_monday'::date - 399 + k % 300)::timestamp at time zone 'Europe/London',
       (:'first_monday'::date - 400 + k % 300)::timestamp at time zone 'Europe/London'
  from k_caseload;

-- ---------------------------------------------------------------- new packages, published evenly over the history
-- path: P won at PRIMARY, S at SECONDARY, O in OPEN, U nobody. t0: published; awarded_at: when the award happens.
create temporary table k_package as
select q.*,
       case q.path when 'P' then q.t0 + interval '6 hours' when 'S' then q.t0 + interval '12 hours'
                   when 'O' then q.t0 + interval '48 hours' + (q.j % 5) * interval '12 hours' end as award_at
  from (select gen_random_uuid() as id, c.id as council_id, c.n, c.measured, j,
               case when j % 20 < 8 then 'P' when j % 20 < 14 then 'S' when j % 20 < 19 then 'O' else 'U' end as path,
               now() - (:weeks * :per_week - j + 1) * (interval '7 days' / :per_week) as t0,
               z.zone_id, z.lot_id, z.idx as zone_idx, 1 + j % 4 as visits_per_day,
               (array[81, 40, 27, 20])[1 + j % 4] as visit_minutes,
               (select pe.id from k_person pe where pe.council_id = c.id and pe.k = 1 + j % :people) as person_id
          from k_council c cross join generate_series(1, :weeks * :per_week) j
          join k_zone z on z.council_id = c.id and z.idx = 1 + j % c.zones) q;
alter table k_package add column status text, add column winner_stage text, add column primary_id uuid,
    add column secondary_id uuid, add column winner_id uuid;
update k_package k set
       status = case when k.award_at > now() then 'PRIMARY'
                     when k.path = 'U' then case when k.t0 > now() - interval '56 days' then 'UNALLOCATED' else 'CANCELLED' end
                     when k.award_at < now() - interval '182 days' and k.j % 10 < 3 then 'ENDED'
                     else 'AWARDED' end,
       winner_stage = case k.path when 'P' then 'PRIMARY' when 'S' then 'SECONDARY' when 'O' then 'OPEN' end,
       primary_id = (select p.id from k_provider p where p.council_id = k.council_id and p.idx = 1 + (2 * k.zone_idx) % :providers),
       secondary_id = (select p.id from k_provider p where p.council_id = k.council_id and p.idx = 1 + (2 * k.zone_idx + 1) % :providers);
-- The OPEN stage's bidders: three providers other than the two above (j, j + 7, j + 13 apart).
update k_package k set winner_id = case k.path when 'P' then k.primary_id when 'S' then k.secondary_id
           when 'O' then (select p.id from k_provider p where p.council_id = k.council_id and p.idx = 1 + (k.j % :providers)) end
 where k.status in ('AWARDED', 'ENDED');
analyze k_package;

insert into care_package (id, council_id, reference, person_id, zone_id, lot_id, funding, weekly_minutes, visits_per_day,
                          visit_minutes, times_of_day, out_of_hours, double_handed, start_date, needs_summary, postcode_district,
                          status, round, stage_started_at, stage_ends_at, published_at, awarded_provider_id, awarded_at,
                          created_at, ended_on, end_reason, waiting_since, emergency_at)
select id, council_id, 'KPI-' || n || '-' || j, person_id, zone_id, lot_id, case when j % 10 = 0 then 'NHS_CHC' else 'COUNCIL' end,
       visits_per_day * visit_minutes * 7, visits_per_day, visit_minutes, 'MORNING', false, false,
       (t0 at time zone 'Europe/London')::date + 7, 'Personal care and medication', 'BD1', status, 1,
       case status when 'PRIMARY' then t0 when 'UNALLOCATED' then t0 + interval '48 hours' end,
       case status when 'PRIMARY' then t0 + interval '7 days' end,
       t0, winner_id, case when winner_id is not null then award_at end, t0 - interval '1 day',
       case status when 'ENDED' then (award_at at time zone 'Europe/London')::date + 120 + j % 60 end,
       case status when 'ENDED' then 'PERSON_REQUESTED' end,
       case when status in ('PRIMARY', 'UNALLOCATED') then t0 end,
       case status when 'UNALLOCATED' then t0 + interval '14 days' end
  from k_package;

-- ---------------------------------------------------------------- offers, audit events, capacity, visits: month by month
create temporary table k_month as
select m as starts, m + interval '1 month' as ends
  from generate_series(date_trunc('month', now() - make_interval(days => 7 * :weeks + 7)), now(), interval '1 month') m;
create index on k_package (t0);
analyze k_package;

-- Offers of round 1: PRIMARY (won, declined with a reason, or pending), SECONDARY, OPEN bids.
select format($q$
insert into offer (package_id, council_id, round, provider_id, stage, offered_at, window_ends_at, response, decline_reason,
                   responded_at, bid_rate_pence, notified_at)
select k.id, k.council_id, 1, o.provider_id, o.stage, o.offered_at, o.offered_at + interval '8 hours', o.response,
       case when o.response = 'DECLINED' then (array['NO_CAPACITY', 'GEOGRAPHY', 'SKILL_MIX', 'OTHER', 'NO_CAPACITY'])[1 + k.j %% 5] end,
       case when o.response in ('WON', 'DECLINED', 'LOST') then o.responded_at end,
       case when o.stage = 'OPEN' then 2200 + 10 * (k.j %% 30) end, o.offered_at
  from k_package k
  cross join lateral (
      select k.primary_id as provider_id, 'PRIMARY' as stage, k.t0 as offered_at,
             case when k.status = 'PRIMARY' then 'PENDING' when k.path = 'P' then 'WON' else 'DECLINED' end as response,
             k.t0 + case when k.path = 'P' then interval '6 hours' else interval '4 hours' end as responded_at
      union all
      select k.secondary_id, 'SECONDARY', k.t0 + interval '8 hours', case when k.path = 'S' then 'WON' else 'DECLINED' end,
             k.t0 + case when k.path = 'S' then interval '12 hours' else interval '10 hours' end
       where k.status <> 'PRIMARY' and k.path in ('S', 'O', 'U')
      union all
      select p.id, 'OPEN', k.t0 + interval '16 hours',
             case when k.path = 'U' then 'LAPSED' when b.i = 0 then 'WON' else 'LOST' end, k.award_at
        from generate_series(0, 2) b(i)
        join k_provider p on p.council_id = k.council_id and p.idx = 1 + (k.j + (array[0, 7, 13])[b.i + 1]) %% %3$s
       where k.status <> 'PRIMARY' and k.path in ('O', 'U')) o
 where k.t0 >= %1$L and k.t0 < %2$L
$q$, starts, ends, :providers)
  from k_month order by starts \gexec

-- The audit events KpiQueries reads: the cascade's ENTERED_<stage> (details.from), AWARDED (details.stage),
-- HAND_BACK_GIVEN. By the month they happened in, so each lands in its month's partition.
create temporary table k_event as
select k.council_id, e.occurred_at, e.action, k.id as entity_id, e.details
  from k_package k
  cross join lateral (
      select k.t0 as occurred_at, 'ENTERED_PRIMARY' as action, jsonb_build_object('from', 'DRAFT', 'round', 1) as details
      union all
      select k.t0 + interval '8 hours', 'ENTERED_SECONDARY', jsonb_build_object('from', 'PRIMARY', 'round', 1)
       where k.status <> 'PRIMARY' and k.path in ('S', 'O', 'U')
      union all
      select k.t0 + interval '16 hours', 'ENTERED_OPEN', jsonb_build_object('from', 'SECONDARY', 'round', 1)
       where k.status <> 'PRIMARY' and k.path in ('O', 'U')
      union all
      select k.t0 + interval '48 hours', 'ENTERED_UNALLOCATED', jsonb_build_object('from', 'OPEN', 'round', 1)
       where k.path = 'U'
      union all
      select k.award_at, 'AWARDED', jsonb_build_object('stage', k.winner_stage, 'provider', k.winner_id, 'round', 1)
       where k.winner_id is not null
      union all
      select k.award_at + interval '60 days', 'HAND_BACK_GIVEN', jsonb_build_object('reason', 'Staffing')
       where k.winner_id is not null and k.j % 50 = 7 and k.award_at + interval '60 days' < now()) e;
create index on k_event (occurred_at);
analyze k_event;
select format($q$
insert into audit_event (occurred_at, council_id, actor_name, actor_role, action, entity_type, entity_id, details)
select occurred_at, council_id, case when action like 'ENTERED_%%' then 'cascade' else 'KPI bench' end,
       case when action like 'ENTERED_%%' then 'SYSTEM' else 'COMMISSIONER' end, action, 'care_package', entity_id, details
  from k_event where occurred_at >= %1$L and occurred_at < %2$L order by occurred_at
$q$, starts, ends)
  from k_month order by starts \gexec
drop table k_event;

-- Capacity reports: each provider for one zone, nine weeks in ten, on the Saturday before the week.
select format($q$
insert into capacity_report (provider_id, council_id, zone_id, week_starts, daytime_minutes, out_of_hours_minutes, double_handed,
                             staff, non_driving_staff, reported_at)
select p.id, p.council_id, z.zone_id, w::date, 6000 + 60 * (p.idx %% 20), 600, p.idx %% 3 = 0, 20 + p.idx %% 15, 2,
       (w::date - 2)::timestamp at time zone 'Europe/London' + interval '10 hours'
  from generate_series(greatest(%1$L::date, %3$L::date), least(%2$L::date, %4$L::date), interval '1 day') w
  join k_provider p on (p.idx + extract(week from w)::int) %% 10 <> 0
  join k_council c on c.id = p.council_id
  join k_zone z on z.council_id = p.council_id and z.idx = 1 + p.idx %% c.zones
 where extract(isodow from w) = 1
$q$, starts, ends - interval '1 day', :'first_monday', :'monday')
  from k_month order by starts \gexec

-- Visit actuals: every planned visit of each recorded person's caseload package, every day of the history.
create temporary table k_visited as
select k.* from k_caseload k where (k.measured and k.k <= :visit_people) or (not k.measured and k.k <= :other_visit_people);
analyze k_visited;
select format($q$
insert into visit_actual (council_id, package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes,
                          actual_start, actual_end, actual_minutes, carers_present, missed, variance_reason, source,
                          recorded_by, recorded_at)
select k.council_id, k.id, k.provider_id, d::date, s.planned_start, s.planned_start + k.visit_minutes * interval '1 minute',
       k.visit_minutes,
       case when not s.missed then s.planned_start + s.late * interval '1 minute' end,
       case when not s.missed then s.planned_start + (s.late + k.visit_minutes - s.short) * interval '1 minute' end,
       case when s.missed then 0 else k.visit_minutes - s.short end,
       case when s.missed then 0 else 1 end, s.missed, case when s.missed then 'PERSON_UNAVAILABLE' end, 'API', 'KPI bench',
       d + interval '1 day 2 hours'
  from generate_series(greatest(%1$L::date, %3$L::date), least(%2$L::date, %4$L::date - 1), interval '1 day') d
  cross join k_visited k
  cross join lateral (
      select time '07:00' + v * interval '4 hours' as planned_start,
             (hashint4(k.k * 7919 + v) + extract(doy from d)::int) %% 50 = 0 as missed,
             abs(hashint4(k.k + 31 * v + extract(doy from d)::int)) %% 10 as late,
             abs(hashint4(k.k * 3 + v + extract(doy from d)::int)) %% 7 as short
        from generate_series(0, k.visits_per_day - 1) v) s
$q$, starts, ends - interval '1 day', :'first_monday', :'monday')
  from k_month order by starts \gexec

-- Each award's facts (V44), which its trigger on the AWARDED event (off here) records as awards are made: its own function.
select count(portal.record_award(a.id, a.entity_id, a.occurred_at, a.details ->> 'stage'))
  from audit_event a where a.action = 'AWARDED' and a.entity_type = 'care_package';

-- The visits' daily sums (V43), which its triggers (off here) keep as visits are written: its own statement, over them all.
select portal.visit_days_upsert($q$
    select 1, v.council_id, v.visit_date, v.provider_id, p.zone_id, p.lot_id, p.urgency, v.missed, v.planned_minutes, v.actual_minutes
      from visit_actual v join care_package p on p.id = v.package_id$q$) \gexec

vacuum analyze care_package;
vacuum analyze offer;
vacuum analyze audit_event;
vacuum analyze capacity_report;
vacuum analyze visit_actual;
vacuum analyze organisation_council;
vacuum analyze person;
vacuum analyze equality_profile;
vacuum analyze visit_actual_day;
vacuum analyze package_award;
vacuum analyze council;

\timing off
select count(*) as councils from council;
select count(*) as packages from care_package;
select count(*) as offers from offer;
select count(*) as audit_events from audit_event;
select count(*) as capacity_reports from capacity_report;
select count(*) as visit_actuals from visit_actual;
select count(*) as measured_visit_actuals, round(sum(planned_minutes) / 60.0 / :weeks) as measured_hours_a_week
  from visit_actual where council_id = :'measured';
select count(*) as measured_packages,
       count(*) filter (where status = 'AWARDED') as measured_awarded
  from care_package where council_id = :'measured';
select pg_size_pretty(pg_total_relation_size('visit_actual')) as visit_actual_size,
       pg_size_pretty(pg_total_relation_size('care_package')) as care_package_size,
       pg_size_pretty(pg_total_relation_size('offer')) as offer_size,
       (select pg_size_pretty(sum(pg_total_relation_size(inhrelid))) from pg_inherits where inhparent = 'audit_event'::regclass) as audit_size;
