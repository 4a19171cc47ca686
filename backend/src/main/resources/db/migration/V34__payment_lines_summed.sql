-- Payment schedules at scale (issue #16 part 5; docs/payment-schedules.md "Which visits a line pays"): a schedule stores
-- one line per package and rate for its visits WITHOUT an exception (an aggregate: how many visits, their first and
-- last day, summed minutes, the amount rounded once per line), and still one line per visit WITH an exception (the
-- council reviews those one by one). Writing a row per visit made building Bradford's schedules ~70 x slower than reading
-- the same visits once.
--
-- Which visits a schedule pays is a rule over two numbers instead of a row per visit:
--   visit_actual.seq           the order visits were recorded in (a sequence; visits are never changed once recorded);
--   payment_schedule.visits_through  the last seq recorded when the schedule was built (the builder locks visit_actual in
--                              SHARE mode first, so no visit can be half-recorded below it), and build_order its place
--                              among the provider's builds.
-- A schedule S claims the visits of its council and provider dated on or before its last day with seq <= its
-- visits_through, except those an earlier-built schedule of the provider claims. So each visit is claimed by at most one
-- schedule, by construction (a visit is paid once). An aggregate line pays the claimed visits of its package between its
-- first and last day that are not on an exception line of the schedule (lines of one package never overlap in days: the
-- rate is a function of the day). The view payment_line_visit lists them, for audit and reconciliation.
--
-- Existing data: visits are numbered so that the visits on existing (per-visit) lines come first, in their schedules'
-- build order, and every other visit after them; each existing schedule's visits_through is then the last of its visits,
-- so it claims exactly the visits on its lines, and a visit on no line is claimed by none.

set local portal.across_councils = 'on';

create sequence visit_actual_seq;
alter table visit_actual add column seq bigint;
create sequence payment_schedule_build_order;
alter table payment_schedule add column build_order bigint, add column visits_through bigint;

update payment_schedule s set build_order = o.n
  from (select id, row_number() over (order by built_at, id) as n from payment_schedule) o
 where o.id = s.id;
update visit_actual v set seq = o.n
  from (select v2.id, row_number() over (order by s.build_order nulls last, v2.recorded_at, v2.id) as n
          from visit_actual v2
          left join payment_line l on l.visit_id = v2.id
          left join payment_schedule s on s.id = l.schedule_id) o
 where o.id = v.id;
update payment_schedule s set visits_through = coalesce((select max(v.seq) from payment_line l join visit_actual v on v.id = l.visit_id
                                                          where l.schedule_id = s.id), 0);
select setval('visit_actual_seq', coalesce((select max(seq) from visit_actual), 0) + 1, false);
select setval('payment_schedule_build_order', coalesce((select max(build_order) from payment_schedule), 0) + 1, false);

alter table visit_actual alter column seq set default nextval('visit_actual_seq'), alter column seq set not null;
alter sequence visit_actual_seq owned by visit_actual.seq;
alter table payment_schedule alter column build_order set default nextval('payment_schedule_build_order'),
                             alter column build_order set not null, alter column visits_through set not null;
alter sequence payment_schedule_build_order owned by payment_schedule.build_order;
grant usage, select on sequence visit_actual_seq, payment_schedule_build_order to portal_app;

-- A line is one visit (an exception, or a line of V33) or an aggregate of visits of one package between two days.
alter table payment_line alter column visit_id drop not null,
    add column last_visit_date date,
    add column visits integer not null default 1 check (visits >= 1);
update payment_line set last_visit_date = visit_date;
alter table payment_line alter column last_visit_date set not null,
    add constraint payment_line_days check (last_visit_date >= visit_date),
    add constraint payment_line_one_visit_named check (visit_id is null or (visits = 1 and last_visit_date = visit_date));
create index payment_line_by_package on payment_line (package_id, visit_date);

-- What the claim rule reads cannot change under a schedule: a visit's package, provider, council, day and number never
-- change, and a visit a schedule claims is never deleted.
create function portal.visit_actual_claim_fixed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if (new.seq, new.package_id, new.provider_id, new.council_id, new.visit_date)
           is distinct from (old.seq, old.package_id, old.provider_id, old.council_id, old.visit_date) then
            raise exception 'a recorded visit''s package, provider, council, day and number never change' using errcode = '55000';
        end if;
        return new;
    end if;
    if exists (select 1 from payment_schedule s where s.council_id = old.council_id and s.provider_id = old.provider_id
                  and old.visit_date <= s.period_end and old.seq <= s.visits_through) then
        raise exception 'a visit on a payment schedule is never deleted' using errcode = '55000';
    end if;
    return old;
end $$;
create trigger visit_actual_claim_fixed before update or delete on visit_actual
    for each row execute function portal.visit_actual_claim_fixed();

-- The visits each line pays (row-level security of the tables read applies: security_invoker).
create view payment_line_visit with (security_invoker = true) as
select l.id as line_id, l.schedule_id, l.council_id, v.id as visit_id
  from payment_line l
  join payment_schedule s on s.id = l.schedule_id
  join visit_actual v on v.package_id = l.package_id and v.visit_date between l.visit_date and l.last_visit_date
 where l.visit_id = v.id
    or (l.visit_id is null
        and v.council_id = s.council_id and v.provider_id = s.provider_id and v.seq <= s.visits_through
        and not exists (select 1 from payment_schedule e
                         where e.council_id = s.council_id and e.provider_id = s.provider_id and e.build_order < s.build_order
                           and v.visit_date <= e.period_end and v.seq <= e.visits_through)
        and not exists (select 1 from payment_line x where x.schedule_id = s.id and x.visit_id = v.id));
grant select on payment_line_visit to portal_app;

-- A line belongs to a schedule of its own council: one foreign key on both (checked once per line, where two keys,
-- schedule and council, were checked apart and did not tie them together).
alter table payment_schedule add constraint payment_schedule_id_council unique (id, council_id);
alter table payment_line drop constraint payment_line_schedule_id_fkey, drop constraint payment_line_council_id_fkey,
    add constraint payment_line_of_schedule foreign key (schedule_id, council_id) references payment_schedule (id, council_id);
