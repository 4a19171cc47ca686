-- Seeds the hours bank booking benchmark (bench/run hours), on top of the demo data.
-- psql variables: people (the people booking side by side, one per connection: 32), monday (this UK week's
-- Monday, YYYY-MM-DD), minutes (each booking's length). Everything is made in the council of
-- admin@coventry.demo, so that its ledger check (GET /api/hours-bank/check) covers it.
--
-- Two sets of people: 'each' (people of them, so that concurrent bookings lock different plan rows) and 'one'
-- (a single person every client books for: the bookings serialise on its plan row).
-- Each person has a plan that began three weeks ago (like the demo plans) at 10080 minutes a week, the most the
-- schema allows, and its four live weekly lots. The lots are credited 10,000,000 minutes each here (a CREDIT
-- ledger entry each, so the ledger check holds) instead of the plan's weekly minutes: a run books far more
-- than 10080 minutes a person, and a refused booking would measure a different transaction. The benchmark
-- books dates in the last week of the newest lot's window (monday + 21 to monday + 27), which only that lot
-- covers, so each booking draws from exactly one lot, as most bookings of a real plan do.
-- The plans are settled for this week (hours_plan.settled_through: every due week's lot is here, none has expired), so
-- bookings take the common path, as all but the first booking of a person's week do; should the run cross a Monday,
-- each person's first booking after it settles the new week, as in the portal.
-- Each person gets a service-user login with the demo users' password hash (copied from person@coventry.demo).
\set ON_ERROR_STOP on

create table bench_hours_person (
    set_name   text not null,
    n          integer not null,
    person_id  uuid not null,
    user_id    uuid not null,
    username   text not null,
    primary key (set_name, n)
);

create temporary table bench_source as
select u.council_id, u.password_hash,
       (select organisation_id from app_user where username = 'provider@coventry.demo') as provider_id
  from app_user u where u.username = 'person@coventry.demo';

create temporary table bench_new as
select s.set_name, g.n, gen_random_uuid() as person_id, gen_random_uuid() as user_id,
       'bench-hours-' || s.set_name || '-' || g.n || '@bench.invalid' as username
  from (values ('each', :people), ('one', 1)) as s(set_name, size)
 cross join lateral generate_series(0, s.size - 1) as g(n);

insert into person (id, council_id, given_name, family_name, postcode)
select b.person_id, s.council_id, 'Bench', initcap(b.set_name) || ' ' || b.n, 'CV1 1AA'
  from bench_new b cross join bench_source s;

insert into app_user (id, username, display_name, password_hash, role, council_id, person_id)
select b.user_id, b.username, 'Bench ' || b.set_name || ' ' || b.n, s.password_hash, 'SERVICE_USER', s.council_id, b.person_id
  from bench_new b cross join bench_source s;

insert into bench_hours_person select set_name, n, person_id, user_id, username from bench_new;

with plans as (
    insert into hours_plan (council_id, person_id, provider_id, weekly_minutes, starts_on, settled_through)
    select s.council_id, b.person_id, s.provider_id, 10080, :'monday'::date - 21, :'monday'::date
      from bench_new b cross join bench_source s
    returning id, person_id, starts_on
),
lots as (
    insert into hours_lot (plan_id, person_id, week_starts, expires_after, credited_minutes, remaining_minutes)
    select p.id, p.person_id, w.week_starts, w.week_starts + 27, 10000000, 10000000
      from plans p cross join lateral (select p.starts_on + 7 * k as week_starts from generate_series(0, 3) k) w
    returning id, person_id, week_starts, credited_minutes
)
insert into hours_ledger (person_id, lot_id, kind, minutes, occurred_at, actor_name, actor_role)
select person_id, id, 'CREDIT', credited_minutes, week_starts::timestamp at time zone 'Europe/London', 'hours bank', 'SYSTEM'
  from lots;

-- What each pgbench client books (pgbench cannot make strings: it reads its person, login, date and start time
-- from here once, on its first transaction). Client c of the 'each' set books for person c % people.
create table bench_hours_client as
select p.set_name, p.n, p.person_id, p.user_id, p.username,
       (:'monday'::date + 21 + p.n % 7)::text as on_date,
       to_char(time '07:00' + (p.n % 30) * interval '30 minutes', 'HH24:MI:SS') as start_time,
       json_build_object('date', (:'monday'::date + 21 + p.n % 7)::text,
                         'startTime', to_char(time '07:00' + (p.n % 30) * interval '30 minutes', 'HH24:MI'),
                         'minutes', :minutes)::text as details
  from bench_hours_person p;

analyze;
select set_name, count(*) as people from bench_hours_person group by set_name order by set_name;
