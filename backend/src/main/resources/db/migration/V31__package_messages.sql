-- Package messages (#16): typed queries between a provider and its council about a care package, with replies.
--
-- A query is between the package's council and ONE provider organisation (the one holding the package when the
-- query was started), so a provider that later hands the package back or has it moved at review keeps reading and
-- answering its own queries, and the next provider never sees them. Where a query stands is stored as OPEN,
-- ANSWERED or CLOSED with the day its answer is due; OVERDUE (open past that day) is worked out when read.
--
-- package_id is a plain reference, without a foreign key, as in V3: a foreign key check takes a key-share lock on
-- the package row, which the cascade holds FOR UPDATE. Packages are never deleted.
-- Both tables are council-owned: row-level security as V11 does it.

create table package_query (
    id               uuid primary key default gen_random_uuid(),
    council_id       uuid not null references council (id),
    package_id       uuid not null,
    provider_id      uuid not null references organisation (id),
    type             text not null check (type in ('PAYMENT_QUERY', 'CHANGE_OF_NEED', 'VISIT_ISSUE', 'GENERAL')),
    subject          text not null check (length(subject) between 1 and 120),
    raised_by_side   text not null check (raised_by_side in ('COUNCIL', 'PROVIDER')),
    raised_by        uuid not null references app_user (id),
    raised_at        timestamptz not null,
    status           text not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    -- the last day (UK date) for the other side's answer while OPEN
    due_on           date,
    last_message_at  timestamptz not null,
    message_count    integer not null check (message_count >= 1),
    closed_at        timestamptz,
    closed_by        uuid references app_user (id),
    constraint package_query_open_has_due check ((status = 'OPEN') = (due_on is not null)),
    constraint package_query_closed_when check ((status = 'CLOSED') = (closed_at is not null))
);
create index package_query_of_package on package_query (package_id, raised_at desc);
create index package_query_of_council on package_query (council_id, status, due_on);
create index package_query_of_provider on package_query (provider_id, status, due_on);

create table package_query_message (
    id          uuid primary key default gen_random_uuid(),
    council_id  uuid not null references council (id),
    query_id    uuid not null references package_query (id),
    number      integer not null check (number >= 1),
    side        text not null check (side in ('COUNCIL', 'PROVIDER')),
    author_id   uuid not null references app_user (id),
    body        text not null check (length(body) between 1 and 4000),
    sent_at     timestamptz not null,
    unique (query_id, number)
);

create function portal.council_of_query() returns trigger language plpgsql as $$
begin
    select council_id into strict new.council_id from package_query where id = new.query_id;
    return new;
end $$;
create trigger package_query_message_council before insert on package_query_message
    for each row execute function portal.council_of_query();

do $$
declare
    t text;
begin
    foreach t in array array['package_query', 'package_query_message']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy acting_councils on %I
                           using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]))$p$, t);
    end loop;
end $$;

-- A notification of a new message. The kinds' check is widened by adding to whatever list it holds now, so this
-- migration keeps kinds that other migrations of the same release add, whichever runs first.
do $$
declare
    definition text;
begin
    select pg_get_constraintdef(oid) into strict definition
      from pg_constraint where conrelid = 'notification'::regclass and conname = 'notification_kind_check';
    if position('''PACKAGE_MESSAGE''' in definition) = 0 then
        execute 'alter table notification drop constraint notification_kind_check';
        execute 'alter table notification add constraint notification_kind_check '
                || regexp_replace(definition, '\]', ', ''PACKAGE_MESSAGE''::text]');
    end if;
end $$;
