-- Tenancy by construction: PostgreSQL row-level security on every council-owned table.
--
-- The application's pool runs as portal_app (connection-init-sql: set role portal_app), which owns no table,
-- so the policies below apply to it; they are forced, so they apply to the tables' owner as well. Each
-- connection the application takes from its pool is told whom it acts for (platform.TenancyDataSource):
--   portal.councils        the acting councils, comma-separated uuids (a request's actor's councils)
--   portal.organisation    the acting organisation
--   portal.across_councils 'on' only inside platform.AcrossCouncils.run, the one named path for work that
--                          spans councils (scheduled jobs, sign-in's look-up of an organisation's councils,
--                          demo seeding); set for that transaction only.
-- A setting never set means no council: a query that forgets its council filter finds nothing (fail closed).
-- A data migration that must touch every council's rows runs `set local portal.across_councils = 'on'` first.
--
-- Council-owned (row-level security):
--   with their own council_id: person, zone, framework, lot, rate, audit_event, brokerage_policy, care_package,
--     notification, organisation_council, hours_plan, postcode_district_zone, partner_event, capacity_report
--   given a council_id here, copied from their parent on insert by a trigger, so no statement has to say it:
--     carer_consent (person), lot_provider (lot), offer and package_alert (care_package), email_outbox
--     (notification), hours_lot and hours_booking (hours_plan), hours_ledger (hours_lot), webhook_delivery
--     (partner_event)
-- Not council-owned (no row-level security):
--   council         the list of tenants itself (names, nations, settings a council's users and partners read)
--   organisation    providers and partners work for many councils; a council's own organisation row holds no
--                   council data beyond its name
--   app_user        people sign in by username before any council is known; providers' staff belong to no council
--   api_client, client_assertion_jti      partner systems' credentials, used before any council is known
--   idempotency_key, webhook_subscription a partner's own requests and webhooks, always read by the partner's id
--   flyway_schema_history                 the migrations' own record; portal_app has no rights on it

-- The role the application runs as. Roles belong to the server, not the database: create it only if missing.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'portal_app') then
        create role portal_app nologin;
    end if;
exception
    when duplicate_object then null; -- another database on the same server created it at the same moment
end $$;

create schema if not exists portal;
grant usage on schema portal to portal_app;
grant usage on schema public to portal_app;

create function portal.acting_councils() returns uuid[] language sql stable parallel safe as $$
    select coalesce(string_to_array(nullif(current_setting('portal.councils', true), ''), ',')::uuid[], '{}'::uuid[])
$$;

create function portal.acting_organisation() returns uuid language sql stable parallel safe as $$
    select nullif(current_setting('portal.organisation', true), '')::uuid
$$;

create function portal.across_councils() returns boolean language sql stable parallel safe as $$
    select coalesce(current_setting('portal.across_councils', true) = 'on', false)
$$;

-- Children's council, from their parent. The look-up runs under the parent's policy, so a child of a row the
-- acting councils cannot see cannot be written.
create function portal.council_of_person() returns trigger language plpgsql as $$
begin
    select council_id into strict new.council_id from person where id = new.person_id;
    return new;
end $$;

create function portal.council_of_lot() returns trigger language plpgsql as $$
begin
    select council_id into strict new.council_id from lot where id = new.lot_id;
    return new;
end $$;

create function portal.council_of_package() returns trigger language plpgsql as $$
begin
    select council_id into strict new.council_id from care_package where id = new.package_id;
    return new;
end $$;

create function portal.council_of_notification() returns trigger language plpgsql as $$
begin
    new.council_id := null;
    if new.notification_id is not null then
        select council_id into strict new.council_id from notification where id = new.notification_id;
    end if;
    return new;
end $$;

create function portal.council_of_plan() returns trigger language plpgsql as $$
begin
    select council_id into strict new.council_id from hours_plan where id = new.plan_id;
    return new;
end $$;

create function portal.council_of_hours_lot() returns trigger language plpgsql as $$
begin
    select council_id into strict new.council_id from hours_lot where id = new.lot_id;
    return new;
end $$;

create function portal.council_of_partner_event() returns trigger language plpgsql as $$
begin
    select council_id into strict new.council_id from partner_event where id = new.event_id;
    return new;
end $$;

-- The new columns, filled for the rows already there (as the owner, before the policies exist). No foreign
-- keys to council: the value is always the parent's, whose own key holds, and the cascade inserts offers by the
-- thousand, where each foreign key check would be one more look-up per row.
alter table carer_consent add column council_id uuid;
update carer_consent c set council_id = p.council_id from person p where p.id = c.person_id;
alter table carer_consent alter column council_id set not null;
create trigger carer_consent_council before insert on carer_consent for each row execute function portal.council_of_person();

alter table lot_provider add column council_id uuid;
update lot_provider lp set council_id = l.council_id from lot l where l.id = lp.lot_id;
alter table lot_provider alter column council_id set not null;
create trigger lot_provider_council before insert on lot_provider for each row execute function portal.council_of_lot();

alter table offer add column council_id uuid;
update offer o set council_id = p.council_id from care_package p where p.id = o.package_id;
alter table offer alter column council_id set not null;
create trigger offer_council before insert on offer for each row execute function portal.council_of_package();

alter table package_alert add column council_id uuid;
update package_alert a set council_id = p.council_id from care_package p where p.id = a.package_id;
alter table package_alert alter column council_id set not null;
create trigger package_alert_council before insert on package_alert for each row execute function portal.council_of_package();

-- Null for an e-mail that belongs to no notification; such a row is seen only across councils.
alter table email_outbox add column council_id uuid;
update email_outbox e set council_id = n.council_id from notification n where n.id = e.notification_id;
create trigger email_outbox_council before insert on email_outbox for each row execute function portal.council_of_notification();

alter table hours_lot add column council_id uuid;
update hours_lot l set council_id = p.council_id from hours_plan p where p.id = l.plan_id;
alter table hours_lot alter column council_id set not null;
create trigger hours_lot_council before insert on hours_lot for each row execute function portal.council_of_plan();

alter table hours_booking add column council_id uuid;
update hours_booking b set council_id = p.council_id from hours_plan p where p.id = b.plan_id;
alter table hours_booking alter column council_id set not null;
create trigger hours_booking_council before insert on hours_booking for each row execute function portal.council_of_plan();

alter table hours_ledger add column council_id uuid;
alter table hours_ledger disable trigger hours_ledger_append_only;
update hours_ledger g set council_id = l.council_id from hours_lot l where l.id = g.lot_id;
alter table hours_ledger enable trigger hours_ledger_append_only;
alter table hours_ledger alter column council_id set not null;
create trigger hours_ledger_council before insert on hours_ledger for each row execute function portal.council_of_hours_lot();

alter table webhook_delivery add column council_id uuid;
update webhook_delivery d set council_id = e.council_id from partner_event e where e.id = d.event_id;
alter table webhook_delivery alter column council_id set not null;
create trigger webhook_delivery_council before insert on webhook_delivery for each row execute function portal.council_of_partner_event();

-- The policies: a row is seen and written only when its council is one the transaction acts for, or across
-- councils. The settings are read once per statement (the sub-selects are init plans), not once per row.
do $$
declare
    t text;
begin
    foreach t in array array[
        'person', 'zone', 'framework', 'lot', 'rate', 'brokerage_policy', 'care_package',
        'notification', 'organisation_council', 'hours_plan', 'postcode_district_zone', 'partner_event',
        'capacity_report', 'carer_consent', 'lot_provider', 'offer', 'package_alert', 'email_outbox',
        'hours_lot', 'hours_booking', 'hours_ledger', 'webhook_delivery']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy acting_councils on %I
                           using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]))$p$, t);
    end loop;
end $$;

-- The audit trail is append-only. An event of no council (a partner registering its signing key) may be
-- written by whoever does it, but is read only across councils, like every other council's events.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy acting_councils on audit_event for select
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));
create policy acting_councils_or_none on audit_event for insert
    with check ((select portal.across_councils()) or council_id is null or council_id = any ((select portal.acting_councils())::uuid[]));

-- What portal_app may do. Tables and sequences made by later migrations get the same by default.
grant select, insert, update, delete on all tables in schema public to portal_app;
grant usage, select on all sequences in schema public to portal_app;
revoke all on flyway_schema_history from portal_app;
-- Append-only tables: their triggers refuse changes anyway; portal_app is not even allowed to try.
revoke update, delete on audit_event, hours_ledger from portal_app;
alter default privileges in schema public grant select, insert, update, delete on tables to portal_app;
alter default privileges in schema public grant usage, select on sequences to portal_app;
