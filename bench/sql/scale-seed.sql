-- Seeds the national-scale background of bench/scale (bench/run scale), on top of the demo data and before
-- bench/sql/hours-seed.sql adds the people who book. psql variables: councils (150), ledger_rows (30,000,000),
-- months (24), people (people with a plan in each council: 160), monday (this UK week's Monday).
--
-- Each added council has `people` people, each with a flexible-hours plan that began `months` months ago and one
-- weekly lot for every week since, all expired but the last four. Each lot has a CREDIT and then BOOKING draws of 60
-- minutes (ledger_rows / lots entries per lot in all), which use it up: every balance agrees with its ledger, as the
-- hours bank's check asks. The draws carry no booking row (the background is there to make the ledger, its indexes
-- and its partitions national-sized, not to be booked against). Rows are written month by month, oldest first, as a
-- live system writes them, so each month's partition is filled while its indexes are small.
--
-- Written as the embedded server's superuser with session_replication_role = replica: no trigger runs and no
-- foreign key is checked, so every council_id is written here (the triggers would copy it from the parent).
\set ON_ERROR_STOP on
set session_replication_role = replica;
set synchronous_commit = off;
set maintenance_work_mem = '256MB';
set portal.across_councils = 'on';
\timing on

-- A partition for every month of the background (the migration made only the last three and three ahead).
select portal.ensure_month_partitions(3, now(), now() - make_interval(months => :months + 1)) as partitions_made;

create temporary table scale_council as
select gen_random_uuid() as id, g as n from generate_series(1, :councils) g;

insert into council (id, code, name, nation, name_cy)
select id, 'scale-' || n, 'Scale Council ' || n, 'ENGLAND', null from scale_council;

create temporary table scale_plan as
select gen_random_uuid() as id, gen_random_uuid() as person_id, c.id as council_id, c.n, p as k,
       (:'monday'::date - 7 * ((:months * 52) / 12)) as starts_on
  from scale_council c cross join generate_series(1, :people) p;

-- Plans and their lots in one transaction: the portal's weekly job (HoursBankJob), running meanwhile, would otherwise
-- credit this week's lots of plans it sees without them, and the lots below would collide with its own.
begin;
insert into person (id, council_id, given_name, family_name, postcode)
select person_id, council_id, 'Scale', 'Person ' || n || '-' || k, 'LS1 1AA' from scale_plan;

insert into hours_plan (id, council_id, person_id, provider_id, weekly_minutes, starts_on)
select p.id, p.council_id, p.person_id, coalesce((select organisation_id from app_user where username = 'provider@coventry.demo'),
                (select id from organisation where kind = 'PROVIDER' order by name limit 1)), 600, p.starts_on
  from scale_plan p;

-- One lot a week from the plan's start to this week; each credited 60 minutes a draw.
-- The four live lots have only their CREDIT so far; the expired ones carry the rest.
select greatest(2, ceil((:ledger_rows::numeric - 4 * (select count(*) from scale_plan))
                        / (select count(*) * (((:months * 52) / 12) - 3) from scale_plan))::integer) as per_lot \gset
\echo ledger entries per lot: :per_lot

create table scale_lot as
select gen_random_uuid() as id, p.id as plan_id, p.person_id, p.council_id, p.starts_on + 7 * w as week_starts
  from scale_plan p cross join generate_series(0, (:months * 52) / 12) w;

insert into hours_lot (id, plan_id, person_id, council_id, week_starts, expires_after, credited_minutes, remaining_minutes, expired)
select id, plan_id, person_id, council_id, week_starts, week_starts + 27, 60 * (:per_lot - 1),
       case when week_starts + 27 < :'monday'::date then 0 else 60 * (:per_lot - 1) end, week_starts + 27 < :'monday'::date
  from scale_lot;
commit;
-- The four live lots keep their minutes: only their CREDIT is written; the expired ones are used up by draws.
create index on scale_lot (week_starts);
analyze scale_lot;

-- The ledger, month by month.
select format($q$
insert into hours_ledger (person_id, lot_id, council_id, kind, minutes, occurred_at, actor_name, actor_role)
select l.person_id, l.id, l.council_id,
       case when i = 0 then 'CREDIT' else 'BOOKING' end,
       case when i = 0 then 60 * (%1$s - 1) else -60 end,
       (l.week_starts::timestamp at time zone 'Europe/London') + i * interval '4 hours',
       case when i = 0 then 'hours bank' else 'Scale Person' end,
       case when i = 0 then 'SYSTEM' else 'SERVICE_USER' end
  from scale_lot l cross join generate_series(0, case when l.week_starts + 27 < %2$L::date then %1$s - 1 else 0 end) i
 where l.week_starts >= %3$L and l.week_starts < %4$L
$q$, :per_lot, :'monday', m, m + interval '1 month')
  from generate_series(date_trunc('month', :'monday'::date - 7 * ((:months * 52) / 12)), :'monday'::date, interval '1 month') m
 order by m \gexec

drop table scale_lot;
vacuum analyze hours_ledger;
vacuum analyze hours_lot;
vacuum analyze hours_plan;
vacuum analyze person;
vacuum analyze council;

\timing off
select count(*) as councils from council;
select count(*) as ledger_rows from hours_ledger;
select count(*) as lots from hours_lot;
select count(*) filter (where c.relname like '%default') as default_partitions,
       count(*) filter (where c.relname not like '%default') as month_partitions
  from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'hours_ledger'::regclass;
select pg_size_pretty(sum(pg_total_relation_size(i.inhrelid))) as ledger_size
  from pg_inherits i where i.inhparent = 'hours_ledger'::regclass;
select (select count(*) from hours_ledger_default) as rows_in_default_partition;
