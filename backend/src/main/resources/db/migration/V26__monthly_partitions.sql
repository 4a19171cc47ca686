-- National scale: the tables that only ever grow are partitioned by month of their time column, so that an old month
-- is dropped whole instead of deleted row by row, and an index stays the size of a month, not of every year:
--   hours_ledger (occurred_at), audit_event (occurred_at), partner_event (occurred_at), email_outbox (created_at),
--   webhook_delivery (created_at).
-- Months are UTC months ([1st 00:00 UTC, next 1st 00:00 UTC)). Each table has a DEFAULT partition as a safety net: a row
-- whose month has no partition yet lands there instead of failing. Partitions are made ahead by
-- portal.ensure_month_partitions (this migration, then the retention.MonthPartitionsJob every few hours) and
-- dropped by portal.drop_partitions_before (retention.Retention), both owned by the migrating role: portal_app owns
-- nothing and may call only these two.
--
-- What a partitioned table asks of its keys, and what was decided:
--   * every primary key and unique constraint includes the partition key: the primary keys become (id, time);
--     ids stay unique on their own by construction (the same identity sequence or gen_random_uuid()).
--   * webhook_delivery's unique (subscription_id, event_id) goes: the one writer, the statement trigger on
--     partner_event, inserts one delivery per subscription per new event, so a pair cannot repeat.
--   * webhook_delivery.event_id no longer references partner_event: a foreign key into a partitioned table
--     would have to carry the event's time, and would stop its month from being dropped. Deliveries are kept
--     30 days after they finish, partner events a year (retention.RetentionSettings).
--   * nothing references hours_ledger or audit_event ids; the partner feed's cursor is (txid, id), unchanged.
-- Row-level security: the policies are on the partitioned tables and apply to every statement through them. The
-- partitions themselves have none, so portal_app has no right on any partition: it can reach rows only through
-- the partitioned table (platform.RowLevelSecurityTest checks both).

-- The copy reads and writes every council's rows (V11).
set local portal.across_councils = 'on';

-- ---------------------------------------------------------------- the functions

-- The partitioned tables and the column each is partitioned by.
create function portal.monthly_tables() returns table (name text, key text) language sql immutable as $$
    values ('hours_ledger', 'occurred_at'), ('audit_event', 'occurred_at'), ('partner_event', 'occurred_at'),
           ('email_outbox', 'created_at'), ('webhook_delivery', 'created_at')
$$;

-- Midnight UTC at the start of a day: a month's bound, whatever the session's time zone.
create function portal.utc(day date) returns timestamptz language sql immutable as $$
    select day::timestamp at time zone 'UTC'
$$;

-- Makes the partitions of every monthly table from the month of p_from (default: the month of p_now) to
-- months_ahead months after the month of p_now, and answers how many it made. Safe on several nodes at once
-- (an advisory lock, and a month that exists is skipped before any lock on the table is asked for). A month whose
-- rows already sit in the DEFAULT partition is not made (PostgreSQL would refuse) but reported as a warning: those
-- rows are found, and moved by hand, before that month's partition can exist.
create function portal.ensure_month_partitions(months_ahead integer, p_now timestamptz default now(), p_from timestamptz default null)
    returns integer language plpgsql security definer set search_path = public, pg_temp as $$
declare
    t record;
    month date;
    last_month date;
    partition_name text;
    made integer := 0;
    clashing boolean;
begin
    if months_ahead < 0 or months_ahead > 36 then
        raise exception 'months_ahead must be between 0 and 36, not %', months_ahead;
    end if;
    perform pg_advisory_xact_lock(hashtext('portal.month_partitions'));
    perform set_config('lock_timeout', '10s', true);
    last_month := (date_trunc('month', p_now at time zone 'UTC') + make_interval(months => months_ahead))::date;
    for t in select * from portal.monthly_tables() loop
        month := date_trunc('month', least(coalesce(p_from, p_now), p_now) at time zone 'UTC')::date;
        while month <= last_month loop
            partition_name := t.name || '_p' || to_char(month, 'YYYYMM');
            if to_regclass(format('public.%I', partition_name)) is null then
                execute format('select exists (select 1 from %I where %I >= $1 and %I < $2)', t.name || '_default', t.key, t.key)
                   into clashing using portal.utc(month), portal.utc((month + interval '1 month')::date);
                if clashing then
                    raise warning 'The DEFAULT partition of % holds rows of %; that month''s partition is not made',
                        t.name, to_char(month, 'YYYY-MM');
                else
                    execute format('create table %I partition of %I for values from (%L) to (%L)', partition_name, t.name,
                                   portal.utc(month), portal.utc((month + interval '1 month')::date));
                    execute format('revoke all on %I from portal_app', partition_name);
                    made := made + 1;
                end if;
            end if;
            month := (month + interval '1 month')::date;
        end loop;
    end loop;
    return made;
end $$;

-- Drops the month partitions of one monthly table that end on or before p_before and whose every row is past
-- keeping, and answers their names. Outboxes keep a month while any of its rows is unfinished or finished on or
-- after p_before. The audit trail and the hours ledger are records the law asks the council to keep (see
-- docs/scaling.md): they are never dropped less than six years after their month, whatever the caller asks (the database's
-- own clock decides that).
-- The DEFAULT partition is never dropped.
create function portal.drop_partitions_before(p_table text, p_before timestamptz)
    returns setof text language plpgsql security definer set search_path = public, pg_temp as $$
declare
    part record;
    still_needed boolean;
begin
    if p_table not in (select name from portal.monthly_tables()) then
        raise exception '% is not a monthly table', p_table;
    end if;
    if p_table in ('audit_event', 'hours_ledger') then
        p_before := least(p_before, now() - interval '6 years');
    end if;
    perform pg_advisory_xact_lock(hashtext('portal.month_partitions'));
    perform set_config('lock_timeout', '10s', true);
    for part in select c.relname as name, to_date(right(c.relname, 6), 'YYYYMM') as month
                  from pg_inherits i
                  join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = format('public.%I', p_table)::regclass
                   and c.relname ~ ('^' || p_table || '_p[0-9]{6}$')
                 order by c.relname loop
        if portal.utc((part.month + interval '1 month')::date) > p_before then
            continue;
        end if;
        still_needed := false;
        if p_table = 'webhook_delivery' then
            execute format('select exists (select 1 from %I where delivered_at is null and gave_up_at is null
                                            or coalesce(delivered_at, gave_up_at) >= $1)', part.name)
               into still_needed using p_before;
        elsif p_table = 'email_outbox' then
            execute format('select exists (select 1 from %I where sent_at is null and gave_up_at is null
                                            or coalesce(sent_at, gave_up_at) >= $1)', part.name)
               into still_needed using p_before;
        end if;
        if not still_needed then
            execute format('drop table %I', part.name);
            return next part.name;
        end if;
    end loop;
end $$;

revoke all on function portal.ensure_month_partitions(integer, timestamptz, timestamptz) from public;
revoke all on function portal.drop_partitions_before(text, timestamptz) from public;
grant execute on function portal.ensure_month_partitions(integer, timestamptz, timestamptz) to portal_app;
grant execute on function portal.drop_partitions_before(text, timestamptz) to portal_app;

-- ---------------------------------------------------------------- the tables, partitioned

-- The old tables step aside (with their triggers, so the copy below fires none), the new ones take their
-- names with the same columns, defaults, checks and identity.
alter table webhook_delivery rename to webhook_delivery_unpartitioned;
alter table email_outbox rename to email_outbox_unpartitioned;
alter table partner_event rename to partner_event_unpartitioned;
alter table audit_event rename to audit_event_unpartitioned;
alter table hours_ledger rename to hours_ledger_unpartitioned;

create table hours_ledger (like hours_ledger_unpartitioned including defaults including constraints including identity)
    partition by range (occurred_at);
create table audit_event (like audit_event_unpartitioned including defaults including constraints including identity)
    partition by range (occurred_at);
create table partner_event (like partner_event_unpartitioned including defaults including constraints including identity)
    partition by range (occurred_at);
create table email_outbox (like email_outbox_unpartitioned including defaults including constraints)
    partition by range (created_at);
create table webhook_delivery (like webhook_delivery_unpartitioned including defaults including constraints)
    partition by range (created_at);

create table hours_ledger_default partition of hours_ledger default;
create table audit_event_default partition of audit_event default;
create table partner_event_default partition of partner_event default;
create table email_outbox_default partition of email_outbox default;
create table webhook_delivery_default partition of webhook_delivery default;

-- A partition for every month that has rows, the three months before this one (entries dated back, such as a lot's
-- expiry or the credit of a plan that began weeks ago, find their month), and three months ahead.
select portal.ensure_month_partitions(3, now(), (select min(m) from (
    select now() - interval '3 months' as m
    union all select min(occurred_at) from hours_ledger_unpartitioned
    union all select min(occurred_at) from audit_event_unpartitioned
    union all select min(occurred_at) from partner_event_unpartitioned
    union all select min(created_at) from email_outbox_unpartitioned
    union all select min(created_at) from webhook_delivery_unpartitioned) oldest));

insert into hours_ledger overriding system value select * from hours_ledger_unpartitioned;
insert into audit_event overriding system value select * from audit_event_unpartitioned;
insert into partner_event overriding system value select * from partner_event_unpartitioned;
insert into email_outbox select * from email_outbox_unpartitioned;
insert into webhook_delivery select * from webhook_delivery_unpartitioned;

-- The identities go on from where the old ones stopped.
select setval(pg_get_serial_sequence('hours_ledger', 'id'), coalesce((select max(id) from hours_ledger), 0) + 1, false);
select setval(pg_get_serial_sequence('audit_event', 'id'), coalesce((select max(id) from audit_event), 0) + 1, false);
select setval(pg_get_serial_sequence('partner_event', 'id'), coalesce((select max(id) from partner_event), 0) + 1, false);

drop table webhook_delivery_unpartitioned, email_outbox_unpartitioned, partner_event_unpartitioned,
    audit_event_unpartitioned, hours_ledger_unpartitioned;

-- ---------------------------------------------------------------- keys and indexes

alter table hours_ledger add primary key (id, occurred_at);
alter table hours_ledger add foreign key (person_id) references person (id);
alter table hours_ledger add foreign key (lot_id) references hours_lot (id);
alter table hours_ledger add foreign key (booking_id) references hours_booking (id);
alter table hours_ledger add foreign key (acting_for) references person (id);
create index hours_ledger_by_person on hours_ledger (person_id, occurred_at);
create index hours_ledger_by_lot on hours_ledger (lot_id);
create index hours_ledger_by_booking on hours_ledger (booking_id) where booking_id is not null;

alter table audit_event add primary key (id, occurred_at);
alter table audit_event add foreign key (council_id) references council (id);
alter table audit_event add foreign key (acting_for) references person (id);
create index audit_event_by_entity on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_by_council on audit_event (council_id, occurred_at);
create index audit_event_by_council_action on audit_event (council_id, action, occurred_at);
create index audit_event_by_council_actor on audit_event (council_id, lower(actor_name), occurred_at);
create index audit_event_by_acting_for on audit_event (acting_for, occurred_at) where acting_for is not null;

alter table partner_event add primary key (id, occurred_at);
create index partner_event_feed on partner_event (partner_id, txid, id);

alter table email_outbox add primary key (id, created_at);
alter table email_outbox add foreign key (notification_id) references notification (id);
create index email_outbox_due on email_outbox (next_attempt_at) where sent_at is null and gave_up_at is null;

alter table webhook_delivery add primary key (id, created_at);
alter table webhook_delivery add foreign key (subscription_id) references webhook_subscription (id);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where delivered_at is null and gave_up_at is null;
create index webhook_delivery_recent on webhook_delivery (subscription_id, created_at desc);
create index webhook_delivery_undelivered on webhook_delivery (subscription_id) where delivered_at is null;
create index webhook_delivery_finished on webhook_delivery ((coalesce(delivered_at, gave_up_at)))
    where delivered_at is not null or gave_up_at is not null;

-- ---------------------------------------------------------------- triggers

create trigger hours_ledger_append_only
    before update or delete or truncate on hours_ledger
    for each statement execute function refuse_change_to_append_only();
create trigger hours_ledger_council before insert on hours_ledger for each row execute function portal.council_of_hours_lot();

create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function refuse_change_to_append_only();

create trigger partner_event_webhooks
    after insert on partner_event
    referencing new table as new_events
    for each statement
    execute function enqueue_webhook_deliveries();

create trigger email_outbox_council before insert on email_outbox for each row execute function portal.council_of_notification();

create trigger webhook_delivery_council before insert on webhook_delivery for each row execute function portal.council_of_partner_event();

-- ---------------------------------------------------------------- row-level security and rights, as V11 and V18

do $$
declare
    t text;
begin
    foreach t in array array['hours_ledger', 'audit_event', 'partner_event', 'email_outbox', 'webhook_delivery'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
    end loop;
    foreach t in array array['hours_ledger', 'partner_event', 'email_outbox', 'webhook_delivery'] loop
        execute format($p$create policy acting_councils on %I
                           using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]))$p$, t);
    end loop;
end $$;
create policy acting_councils on audit_event for select
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));
create policy acting_councils_or_none on audit_event for insert
    with check ((select portal.across_councils()) or council_id is null or council_id = any ((select portal.acting_councils())::uuid[]));
create policy no_council_insert on email_outbox for insert with check (council_id is null);

grant select, insert, update, delete on hours_ledger, audit_event, partner_event, email_outbox, webhook_delivery to portal_app;
revoke update, delete on audit_event, hours_ledger from portal_app;
revoke all on hours_ledger_default, audit_event_default, partner_event_default, email_outbox_default, webhook_delivery_default
    from portal_app;
